import type { Material } from "@samspel/core";
import { useTranslation } from "react-i18next";

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Preparation material as a reader meets it: facts to read in place, links out, files to
 * download. Shared by the Prepare page (with remove) and the invitation page.
 */
export function MaterialList({
  materials,
  fileUrl,
  onRemove,
  pending = false,
}: {
  materials: Material[];
  fileUrl: (material: Material) => string;
  onRemove?: (material: Material) => void;
  pending?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="prepare-list" data-testid="materials">
      {materials.map((material) => (
        <li key={material.id} className="prepare-item">
          <div className="prepare-invitee">
            {material.kind === "link" && material.url ? (
              <a href={material.url} target="_blank" rel="noreferrer noopener">
                <strong>{material.title}</strong>
              </a>
            ) : material.kind === "file" ? (
              <a href={fileUrl(material)} download={material.fileName ?? true}>
                <strong>{material.title}</strong>
              </a>
            ) : (
              <strong>{material.title}</strong>
            )}
            {material.kind === "text" && <p className="prepare-facts">{material.body}</p>}
            {material.kind === "file" && material.sizeBytes !== null && (
              <p className="muted">
                {material.fileName} ·{" "}
                {t("preparation.materials.size", { size: megabytes(material.sizeBytes) })}
              </p>
            )}
          </div>
          {onRemove && (
            <button
              type="button"
              className="button button-secondary"
              disabled={pending}
              aria-label={t("preparation.materials.remove", { title: material.title })}
              onClick={() => onRemove(material)}
            >
              ✕
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
