// The date a page is printed, written into its print header (BaseLayout's .print-stamp) as the
// print starts, so that a printout carries the day it was made and not the day the site was built.
// Without JavaScript the header still carries the page's address and the office's name.
addEventListener('beforeprint', () => {
  const now = new Date();
  for (const stamp of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    stamp.lastElementChild!.textContent = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
    stamp.hidden = false;
  }
});
