// The 404 page names the 执法证号 a reader looked for when the missing address was an officer's
// page (a card's QR code or a typed number), instead of a plain "not found". Inlined by the 404 page.
const number = /^\/enforcement\/officers\/([^/]+)\/?$/.exec(location.pathname)?.[1];
if (number) {
  const decoded = decodeURIComponent(number);
  (document.getElementById('not-found-number') as HTMLElement).textContent = decoded;
  (document.getElementById('not-found-page') as HTMLElement).hidden = true;
  (document.getElementById('not-found-officer') as HTMLElement).hidden = false;
  document.title = `查无此证：${decoded} - ${document.title.split(' - ').slice(1).join(' - ')}`;
}
export {};
