export const processesPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/processes`;

export const processPath = (orgId: string, processId: string) =>
  `${processesPath(orgId)}/${encodeURIComponent(processId)}`;
