import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** A QR code for `url` as a data URL, drawn large enough to stay sharp on a projector. */
export function useQrCode(url: string | undefined): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    QRCode.toDataURL(url, { margin: 1, width: 576, errorCorrectionLevel: "M" }).then(
      (value) => {
        if (!cancelled) setDataUrl(value);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [url]);
  return dataUrl;
}
