// 关怀版 (the elderly-friendly mode): larger type, wider spacing, stronger contrast. The switch
// is remembered in this browser; without JavaScript the switch is not shown and the page is the
// standard one, fully usable.
const STORAGE_KEY = 'gongkai-care-mode';
const root = document.documentElement;

function apply(on: boolean) {
  if (on) root.dataset.care = 'on';
  else delete root.dataset.care;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-care-toggle]')) {
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? '标准版' : '关怀版';
  }
}

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

apply(stored());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-care-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = root.dataset.care !== 'on';
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Private browsing may refuse storage; the mode still applies to this page.
    }
    apply(on);
  });
}
