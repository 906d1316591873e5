import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./Alert";

interface Props {
  /** The address: a failure is forgotten when the reader goes elsewhere. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: string;
}

/**
 * A page that cannot be shown leaves the header and a way out, not a blank screen. The usual
 * cause is a page's chunk that cannot be fetched: the network dropped, or a new release replaced
 * the chunks an open tab still names. React.lazy keeps a failed import failed, so the way out is
 * a reload, which also fetches the new release's index.html.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="narrow stack" data-testid="page-failed">
      <ErrorAlert>{t("app.pageFailed")}</ErrorAlert>
      <div>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("app.reload")}
        </button>
      </div>
    </div>
  );
}
