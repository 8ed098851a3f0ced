import { useRef } from "react";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { DialogPrimitiveRoot, PanelContent } from "@/components/PanelShell";
import { Badge } from "@/components/ui/badge";
import { ErrorState, Loading } from "@/components/States";
import { resultsApi, type CallDetail } from "@/lib/api/results";
import { ms, usd } from "@/lib/format";
import { executionsLink } from "@/lib/urlState";

interface Props {
  callId: string | null;
  onClose: () => void;
  /** Shown in place of a link to the call in Executions (when the panel is already there). */
  hideExecutionsLink?: boolean;
}

/**
 * One call in full, in a side panel: inputs, the prompt as sent, output, tokens, cost, latency, attempts,
 * error. On close, focus goes back to the element marked with the call's `data-call-id`.
 */
export function CallPanel({ callId, onClose, hideExecutionsLink }: Props) {
  const lastCall = useRef<string | null>(null);
  if (callId) lastCall.current = callId;
  const opener = () => (lastCall.current ? document.querySelector<HTMLElement>(`[data-call-id="${lastCall.current.replace(/["\\]/g, "\\$&")}"]`) : null);
  const detail = useQuery({ queryKey: ["call", callId], queryFn: () => resultsApi.callDetail(callId!), enabled: !!callId });
  return (
    <DialogPrimitiveRoot open={!!callId} onOpenChange={(open) => !open && onClose()}>
      <PanelContent title={detail.data ? `${detail.data.model} · row ${rowLabel(detail.data)}` : "Call"} description={callId ?? ""} returnFocus={opener}>
        {detail.isPending ? (
          <Loading label="Loading the call…" />
        ) : detail.isError ? (
          <ErrorState error={detail.error} what={`call ${callId}`} onRetry={() => detail.refetch()} />
        ) : (
          <CallBody call={detail.data} hideExecutionsLink={hideExecutionsLink} />
        )}
      </PanelContent>
    </DialogPrimitiveRoot>
  );
}

function rowLabel(call: CallDetail): string {
  return call.row_index == null ? "—" : String(call.row_index + 1);
}

function CallBody({ call, hideExecutionsLink }: { call: CallDetail; hideExecutionsLink?: boolean }) {
  return (
    <div className="grid gap-4 text-sm" data-testid="call-panel">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant={call.status === "succeeded" ? "success" : "destructive"}>{call.status}</Badge>
        <span className="text-muted-foreground font-mono text-xs">
          {call.template_id}@{call.version}
        </span>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4" data-testid="call-numbers">
        <Fact label="Tokens" value={`${call.tokens_in}→${call.tokens_out}`} />
        <Fact label="Cost" value={call.priced ? usd(call.cost_usd) : "unpriced"} />
        <Fact label="Latency" value={ms(call.latency_ms)} />
        <Fact label="Attempts" value={String(call.attempts)} />
      </dl>
      {call.error && (
        <Section title="Error">
          <p className="text-destructive whitespace-pre-wrap" data-testid="call-error">
            {call.error}
          </p>
        </Section>
      )}
      <Section title="Inputs">
        <Pre testId="call-inputs">{JSON.stringify(call.inputs ?? {}, null, 2)}</Pre>
      </Section>
      <Section title="Prompt as sent">
        {call.prompt == null ? (
          <p className="text-muted-foreground">Not kept for this call (logged before prompts were stored).</p>
        ) : (
          <Pre testId="call-prompt">{call.prompt}</Pre>
        )}
      </Section>
      <Section title="Output">{call.output == null ? <p className="text-muted-foreground">No output.</p> : <Pre testId="call-output">{call.output}</Pre>}</Section>
      {!hideExecutionsLink && (
        <Link className="text-primary underline-offset-4 hover:underline" to={executionsLink({ job_id: call.job_id, call: call.call_id })}>
          Open this call in Executions
        </Link>
      )}
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="font-mono">{value}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-1">
      <h3 className="text-xs font-semibold tracking-wide uppercase">{title}</h3>
      {children}
    </section>
  );
}

function Pre({ children, testId }: { children: string; testId: string }) {
  return (
    <pre data-testid={testId} className="bg-muted max-h-72 overflow-auto rounded-md p-3 font-mono text-xs whitespace-pre-wrap break-words">
      {children}
    </pre>
  );
}
