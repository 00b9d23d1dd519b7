/**
 * Plans for people-to-people diplomacy, their tasks and the yearly reports on them. Each plan is a
 * province's five-year plan issued by its People's Committee; tasks go to the province's units,
 * the Department of Foreign Affairs always among them; every assigned unit reports every year,
 * mostly on time, sometimes late, now and then not at all.
 */
import type { PlanInput, ReportInput } from "../../src/dataset/format";
import type { ActorTable } from "./actors";
import { dayOf, isoDate } from "./dates";
import { FIRST_YEAR } from "./presets";
import type { Random } from "./random";
import { COUNTRY_WEIGHTS, TASK_THEMES } from "./vocabulary";

const PERIODS: readonly (readonly [number, number])[] = [[FIRST_YEAR + 5, FIRST_YEAR + 9], [FIRST_YEAR + 10, FIRST_YEAR + 14], [FIRST_YEAR, FIRST_YEAR + 4]];
const pad = (n: number) => String(n).padStart(2, "0");

export function buildPlans(actors: ActorTable, count: number, random: Random): PlanInput[] {
  const plans: PlanInput[] = [];
  const candidates = COUNTRY_WEIGHTS.slice(0, 30).map(([code]) => code);
  for (let k = 0; k < count; k++) {
    // Provinces in order of size, skipping those that merged away.
    const open = actors.provinces.filter((p) => !p.merged);
    const province = open[k % open.length];
    // A province that gets a second plan gets it for another period.
    const [fromYear, toYear] = PERIODS[(k + Math.floor(k / open.length)) % PERIODS.length];
    const id = `plan-${pad(k + 1)}`;
    const themes = random.sample(TASK_THEMES, random.int(6, Math.min(12, TASK_THEMES.length)));
    const others = province.units.filter((u) => u !== province.foreignAffairs);
    plans.push({
      id,
      title: `Plan for people-to-people diplomacy in ${province.name} Province, ${fromYear}-${toYear}`,
      titleVi: `Kế hoạch triển khai công tác đối ngoại nhân dân trên địa bàn tỉnh ${province.nameVi} giai đoạn ${fromYear}-${toYear}`,
      documentNumber: `${random.int(10, 250)}/KH-UBND`,
      issuedOn: isoDate(dayOf(fromYear, random.int(2, 4), random.int(1, 28))),
      issuerId: actors.ids[province.committee],
      fromYear,
      toYear,
      reportDeadline: k % 4 === 3 ? "11-30" : "12-15",
      priorityCountries: random.sample(candidates, random.int(8, 16)).sort(),
      tasks: themes.map(([title, titleVi, sector], t) => {
        const assignees = t === 0 ? [province.foreignAffairs] : random.sample(others, random.int(1, 4));
        return {
          id: `${id}-task-${pad(t + 1)}`,
          title,
          titleVi,
          assigneeIds: (assignees.length > 0 ? assignees : [province.foreignAffairs]).map((a) => actors.ids[a]),
          sectors: [sector],
        };
      }),
    });
  }
  return plans;
}

export function* reportRecords(plans: readonly PlanInput[], random: Random): Generator<ReportInput> {
  for (const plan of plans) {
    const units = [...new Set(plan.tasks.flatMap((t) => t.assigneeIds))].sort();
    const [month, day] = (plan.reportDeadline ?? "12-15").split("-").map(Number);
    for (let year = plan.fromYear; year <= plan.toYear; year++) {
      const deadline = dayOf(year, month, day);
      const yearEnd = dayOf(year, 12, 31);
      for (const unitId of units) {
        const r = random.float();
        if (r < 0.07) continue; // missing
        const submitted = r < 0.15 ? deadline + random.int(1, Math.max(1, yearEnd - deadline)) : deadline - random.below(30);
        yield { id: `rep-${plan.id.slice(5)}-${year}-${unitId}`, planId: plan.id, unitId, year, submittedOn: isoDate(submitted) };
      }
    }
  }
}
