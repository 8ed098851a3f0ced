import { useState } from "react";
import { useNavigate } from "react-router";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState } from "@/components/States";
import { useDeleteDataset } from "@/lib/api/datasets";

/** Deletes a dataset (every version and row) once the user confirms. */
export function DatasetDelete({ name }: { name: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteDataset();
  const navigate = useNavigate();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive"><Trash2 /> Delete</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete the dataset {name}?</DialogTitle>
          <DialogDescription>Every version and row goes. A dataset uploaded later under this name continues from the next version number.</DialogDescription>
        </DialogHeader>
        {remove.isError && <ErrorState error={remove.error} title="Not deleted" />}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate(name, { onSuccess: () => navigate("/datasets") })}>
            Delete {name}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
