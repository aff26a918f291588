// The longest of a set of folder addresses ("/a/b/", each ending in "/") that a page's address
// starts with: looked up folder by folder, from the page's own to "/", a few map look-ups however
// many addresses there are. Every entry page asks which list it is under (Fields, ListShell).
export function longestFolder<T>(byFolder: ReadonlyMap<string, T>, page: string): T | undefined {
  for (let end = page.length; end > 0; end = end > 1 ? page.lastIndexOf('/', end - 2) + 1 : 0) {
    const found = byFolder.get(page.slice(0, end));
    if (found !== undefined) return found;
  }
  return undefined;
}
