import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../i18n/i18n';

interface DialogButtonProps {
  /** The button's text, and its accessible name. */
  label: ReactNode;
  /** The dialog's heading, and its accessible name. */
  title: string;
  className?: string;
  buttonClassName?: string;
  /** Mounted only while the dialog is open: a closed dialog costs nothing on a change of view. */
  children: ReactNode;
}

/** A button that opens a modal dialog (the browser's own: Escape closes it, focus returns to the button). */
export function DialogButton({ label, title, className, buttonClassName, children }: DialogButtonProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const show = () => {
    // Rendered first, so that showModal() finds the dialog's controls and focuses the first.
    flushSync(() => setOpen(true));
    dialogRef.current?.showModal();
  };
  return (
    <>
      <button type="button" className={buttonClassName} onClick={show}>
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className={`modal-dialog ${className ?? ''}`}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        <h2 id={titleId}>{title}</h2>
        {open ? (
          <>
            {children}
            <form method="dialog" className="dialog-actions">
              <button type="submit">{t('common.close')}</button>
            </form>
          </>
        ) : null}
      </dialog>
    </>
  );
}
