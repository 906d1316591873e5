interface SubmitButtonProps {
  /** Disables the button too, so a second press cannot send the form twice. */
  pending: boolean;
  label: string;
  pendingLabel: string;
  /**
   * Full width, for a form that is the whole page: on a phone the button then spans the
   * thumb's reach. A form inside a page section keeps its button beside its companions.
   */
  block?: boolean;
}

export function SubmitButton({ pending, label, pendingLabel, block = false }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={block ? "button button-primary button-block" : "button button-primary"}
      disabled={pending}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
