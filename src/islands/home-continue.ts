/**
 * <home-continue>: on the home page, offers a returning reader the way back
 * to what they started ("Day 3 of your plan", "Resume the quiz (6 of 15)").
 * Hidden until there is something to offer; the stores load only when this
 * browser holds saved checklist progress or a quiz attempt in this tab.
 * Without JavaScript, or without progress, the page is unchanged.
 */

const has = (area: () => Storage, key: string): boolean => {
  try {
    return area().getItem(key) !== null;
  } catch {
    return false;
  }
};

class HomeContinue extends HTMLElement {
  connectedCallback() {
    // The keys come from the page (CHECKLIST_STORAGE_KEY, QUIZ_ATTEMPTS_KEY).
    const { checklistKey = '', quizKey = '' } = this.dataset;
    if (has(() => localStorage, checklistKey) || has(() => sessionStorage, quizKey)) {
      import('./home-progress')
        .then((m) => m.showProgress(this))
        .catch(() => {}); // offline or a new deploy: the page simply stays as it is
    }
  }
}

customElements.define('home-continue', HomeContinue);
