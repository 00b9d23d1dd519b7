/**
 * Folding for search (docs/analytics.md, "Search"): lower case, diacritics removed, Vietnamese đ/Đ → d.
 * "Tỉnh Khánh Hòa" → "tinh khanh hoa"; "Đà Nẵng" → "da nang".
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // combining marks: the tones and hats of Vietnamese, accents elsewhere
    .replace(/[đĐ]/g, "d") // đ is a letter of its own, not d + a mark, so NFD leaves it alone
    .toLowerCase();
}

/**
 * The folded text stored on an actor for search: name and Vietnamese name joined by a tab, so a
 * search token (which never contains whitespace) cannot match across the two. A tab sorts before
 * every printable character, as the line break this once was did; unlike a line break, it lets the
 * bulk import's CSV files be read by the importer's fast parser (src/dataset/bulk/adminImport.ts).
 */
export function actorSearchText(name: string, nameVi: string | null | undefined): string {
  return nameVi ? `${fold(name)}\t${fold(nameVi)}` : fold(name);
}
