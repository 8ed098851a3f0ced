import { useEffect, useState, useSyncExternalStore } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { clearApiKeyRequest, getApiKey, isApiKeyRequested, setApiKey, subscribeApiKey } from "@/lib/apiKey";

/** Asks for the API key when the gateway answers 401, or when the user opens it from the header. */
export function ApiKeyDialog() {
  const requested = useSyncExternalStore(subscribeApiKey, isApiKeyRequested);
  const stored = useSyncExternalStore(subscribeApiKey, getApiKey);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState("");
  const client = useQueryClient();

  useEffect(() => {
    if (requested) setOpen(true);
  }, [requested]);

  useEffect(() => {
    if (open) setDraft(getApiKey() ?? "");
  }, [open]);

  const close = () => {
    setOpen(false);
    clearApiKeyRequest();
  };

  const save = (key: string | null) => {
    setApiKey(key);
    close();
    void client.invalidateQueries();
  };

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label="API key">
        <KeyRound />
        {stored ? "Key set" : "API key"}
      </Button>
      <Dialog open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
        <DialogContent>
          <form
            className="grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              save(draft);
            }}
          >
            <DialogHeader>
              <DialogTitle>API key</DialogTitle>
              <DialogDescription>
                {requested
                  ? "This server requires an API key. Paste a key (dk_…) issued by your Dakora admin."
                  : "The key is kept in this browser only and sent with every call as X-API-Key."}
              </DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor="api-key">Key</Label>
              <Input
                id="api-key"
                type="password"
                autoComplete="off"
                placeholder="dk_…"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                autoFocus
              />
            </div>
            <DialogFooter>
              {stored && (
                <Button type="button" variant="outline" onClick={() => save(null)}>
                  Forget key
                </Button>
              )}
              <Button type="submit" disabled={!draft.trim()}>
                Save key
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
