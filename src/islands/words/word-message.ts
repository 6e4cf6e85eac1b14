/**
 * `<word-message data-id="…">`: one message to send, around its text
 * (`<p class="message-text">`). Without JavaScript the text is all there is,
 * readable and selectable. Defined, it adds Copy, Share (or, where the
 * browser can't share, an email link), "Make it yours" (an editable copy
 * that Copy and Share then use) and a star kept in the stars store.
 * Defined by src/components/words/WordMessage.astro on the words pages, and
 * loaded by the checklist only when a reader opens "Need words?".
 */
import { $stars, markStar } from '../../stores/stars';

/** How long a "Copied" note stays before the status clears. */
const NOTE_MS = 4000;

let made = 0;

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

class WordMessage extends HTMLElement {
  #stop: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Shows whether this message is starred; set once the controls are built. */
  #showStar: ((starred: readonly string[]) => void) | undefined;

  connectedCallback() {
    this.#build();
    const show = this.#showStar;
    if (show) this.#stop = $stars.subscribe((doc) => show(doc.starred));
  }

  disconnectedCallback() {
    this.#stop?.();
    clearTimeout(this.#timer);
  }

  /** Adds the controls, once (an element moved in the page keeps them). */
  #build() {
    const id = this.dataset['id'] ?? '';
    const shown = this.querySelector<HTMLElement>('.message-text');
    if (!shown || this.#showStar) return;
    const n = ++made;
    shown.id ||= `message-${n}`;

    const edit = el('div', 'message-edit no-print');
    edit.id = `message-edit-${n}`;
    edit.hidden = true;
    const label = el('label', '', 'Your version');
    const field = el('textarea', '');
    field.id = `message-field-${n}`;
    field.rows = 3;
    label.htmlFor = field.id;
    edit.append(label, field);

    const actions = el('div', 'message-actions no-print');
    const status = el('span', 'message-status');
    status.setAttribute('role', 'status');
    const button = (text: string) => {
      const b = el('button', 'button', text);
      b.type = 'button';
      // Many messages share these names: say which one the button acts on.
      b.setAttribute('aria-describedby', shown.id);
      return b;
    };
    const copy = button('Copy');
    const makeYours = button('Make it yours');
    makeYours.setAttribute('aria-expanded', 'false');
    makeYours.setAttribute('aria-controls', edit.id);
    const star = button('');
    star.classList.add('star-button');
    // The glyph shows the state; aria-pressed says it, so the button's name stays "Star".
    const glyph = el('span', 'star-glyph', '☆');
    glyph.setAttribute('aria-hidden', 'true');
    star.append(glyph, ' Star');
    star.setAttribute('aria-pressed', 'false');

    /** The words to send: the reader's version once they opened it, else the message as written. */
    const text = () => (edit.hidden ? (shown.textContent ?? '').trim() : field.value);
    const say = (note: string) => {
      status.textContent = note;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        status.textContent = '';
      }, NOTE_MS);
    };

    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text());
        say('Copied');
      } catch {
        // No clipboard here (an old browser, a page not served securely, permission refused): select it instead.
        if (edit.hidden) getSelection()?.selectAllChildren(shown);
        else field.select();
        say('Selected: press Ctrl+C (or ⌘C) to copy');
      }
    });

    let sendOther: HTMLElement;
    if (typeof navigator.share === 'function') {
      const share = button('Share');
      share.addEventListener('click', async () => {
        try {
          await navigator.share({ text: text() });
        } catch (e) {
          // AbortError: the reader closed the share sheet, nothing to say.
          if (!(e instanceof DOMException && e.name === 'AbortError')) say('Sharing didn’t work here: use Copy instead');
        }
      });
      sendOther = share;
    } else {
      // No share sheet in this browser: an email with the words in it, and Copy for any other app.
      const mail = el('a', 'button', 'Email');
      mail.setAttribute('aria-describedby', shown.id);
      const update = () => {
        mail.href = `mailto:?body=${encodeURIComponent(text())}`;
      };
      update();
      mail.addEventListener('focus', update);
      mail.addEventListener('pointerdown', update);
      sendOther = mail;
    }

    makeYours.addEventListener('click', () => {
      const open = edit.hidden;
      if (open && !field.value) field.value = (shown.textContent ?? '').trim();
      edit.hidden = !open;
      makeYours.setAttribute('aria-expanded', String(open));
      if (open) field.focus();
    });

    star.addEventListener('click', () => {
      const on = star.getAttribute('aria-pressed') !== 'true';
      if (!markStar(id, on)) say('Your stars were saved by a newer version of Kindred: reload the page to change them');
      else say(on ? 'Starred' : 'Star removed');
    });

    actions.append(copy, sendOther, makeYours, star, status);
    this.append(edit, actions);
    this.#showStar = (starred) => {
      const on = starred.includes(id);
      star.setAttribute('aria-pressed', String(on));
      glyph.textContent = on ? '★' : '☆';
    };
  }
}

if (!customElements.get('word-message')) customElements.define('word-message', WordMessage);
