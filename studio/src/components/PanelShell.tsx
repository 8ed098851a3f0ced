import type { ReactNode } from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { XIcon } from "lucide-react";

export const DialogPrimitiveRoot = DialogPrimitive.Root;

/**
 * A panel sliding over the right edge (full width on a phone): a modal dialog, so focus stays inside,
 * Esc closes it and focus returns to what opened it.
 */
interface Props {
  title: string;
  description?: string;
  children: ReactNode;
  /** Focused when the panel closes, else what had focus before it opened. */
  returnFocus?: () => HTMLElement | null;
}

export function PanelContent({ title, description, children, returnFocus }: Props) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/40" />
      <DialogPrimitive.Content
        className="bg-background fixed inset-y-0 right-0 z-50 flex w-full flex-col gap-4 overflow-y-auto border-l p-5 shadow-lg sm:max-w-xl"
        data-testid="side-panel"
        onCloseAutoFocus={(event) => {
          const target = returnFocus?.();
          if (target) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <div className="pr-8">
          <DialogPrimitive.Title className="text-lg font-semibold break-all">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Description className="text-muted-foreground font-mono text-xs break-all">{description}</DialogPrimitive.Description>
        </div>
        {children}
        <DialogPrimitive.Close className="focus-visible:ring-ring absolute top-4 right-4 rounded-xs opacity-70 hover:opacity-100 focus-visible:ring-2 focus-visible:outline-hidden">
          <XIcon className="size-4" />
          <span className="sr-only">Close</span>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
