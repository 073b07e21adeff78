// Files leave the app only as the user asks: a download (saved on this device) or the device's
// share sheet. Nothing is sent anywhere by the app.

/** A file as the app offers it. */
export interface OfferedFile {
  name: string;
  text: string;
  type: string;
}

/** Offers a file for download (nothing leaves the device: the browser saves it locally). */
export function download(file: OfferedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shares a file with the device's share sheet where it can share files; else downloads it.
 * Says which happened ('shared', 'downloaded', or 'cancelled' when the user closed the sheet). */
export async function shareOrDownload(file: OfferedFile): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const f = new File([file.text], file.name, { type: file.type });
  if (typeof navigator.share === 'function' && navigator.canShare?.({ files: [f] })) {
    try {
      await navigator.share({ files: [f], title: file.name });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  download(file);
  return 'downloaded';
}
