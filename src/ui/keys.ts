// Keyboard shortcuts of the walk-through and the workshop: never while the person types.

/** True for fields that take typed text (a letter there is text, not a shortcut). */
export function isTextField(el: EventTarget | null): boolean {
  return (
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'checkbox')
  );
}
