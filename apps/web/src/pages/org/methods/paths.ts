export const orgMethodsPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/methods`;

export const orgMethodPath = (orgId: string, methodId: string) =>
  `${orgMethodsPath(orgId)}/${encodeURIComponent(methodId)}`;
