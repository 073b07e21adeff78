import { useEffect, useRef } from 'preact/hooks';

/** Moves focus to the screen's heading when the screen (or `key`) changes, for screen readers. */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
