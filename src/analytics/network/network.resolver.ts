import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Actor, actorType } from "../../modules/actors/actor.type";
import { brokers, collaborators, connection } from "./network.service";
import { BrokerScore, ConnectionPath } from "./network.type";
import { Cost } from "../../graphql/limits/cost";

@Resolver()
export class NetworkResolver {
  // A bounded breadth-first search of the actor graph.
  @Cost({ price: 1_000 })
  @Query(() => ConnectionPath, {
    nullable: true,
    description:
      "A shortest path between two actors in the actor graph, where two actors are adjacent when they share a partnership " +
      "(as parties), an activity (as organiser or partner), a project (as funder, implementer or locality) or a membership; " +
      "with the engagement behind every step. Null when there is no path of at most maxSteps steps. When several shortest " +
      "paths exist, the one whose list of actor ids is smallest (compared id by id), then for each step the engagement with " +
      "the smallest id. The same actor at both ends gives 0 steps.",
  })
  connection(
    @Arg("fromId", () => ID, { description: "Id of the actor the path starts from." }) fromId: string,
    @Arg("toId", () => ID, { description: "Id of the actor the path leads to." }) toId: string,
    @Arg("maxSteps", () => Int, { defaultValue: 6, description: "Longest path to look for, in steps (actor to actor), 1 to 10." })
    maxSteps: number,
    @Ctx() ctx: Context,
  ): Promise<ConnectionPath | null> {
    return connection(ctx.db, (id) => ctx.read.byKey(actorType, id), fromId, toId, maxSteps);
  }

  // Everyone within `degree` steps: a hub reaches thousands.
  @Cost({ price: 1_000, listSize: 1_000 })
  @Query(() => [Actor], {
    description:
      "The actors within `degree` steps of an actor in the actor graph (1 = those it shares an engagement with), " +
      "the actor itself excluded. Ordered by id.",
  })
  collaborators(
    @Arg("actorId", () => ID, { description: "Id of the actor whose collaborators to list." }) actorId: string,
    @Arg("degree", () => Int, { defaultValue: 1, description: "How many steps away to look, 1 to 4." }) degree: number,
    @Ctx() ctx: Context,
  ): Promise<Actor[]> {
    return collaborators(ctx.db, ctx.read.reader(actorType), actorId, degree);
  }

  // Betweenness over the whole actor graph, precomputed per graph version.
  @Cost({ price: 10_000 })
  @Query(() => [BrokerScore], {
    description:
      "Actors ranked by betweenness centrality in the whole actor graph: how often they lie on the shortest paths between " +
      "other actors. Highest first, ties by actor id. Computed in the background whenever the graph changes: exact when it " +
      "fits the ranking's time budget (BROKERS_BUDGET_MS), otherwise estimated from a sample of source actors, which each " +
      "score's `estimate` states with its error bound. A request right after a change waits for the new ranking at most " +
      "BROKERS_WAIT_MS, then gets the error RANKING_NOT_READY (ask again).",
  })
  brokers(
    @Arg("first", () => Int, { defaultValue: 10, description: "How many actors to return, 1 to 100." }) first: number,
    @Ctx() ctx: Context,
  ): Promise<BrokerScore[]> {
    return brokers(ctx.db, (id) => ctx.read.byKey(actorType, id), first, ctx.scope.signal);
  }
}
