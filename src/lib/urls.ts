// Every internal URL is built here, so the base path (for hosting under a sub-folder) is applied once.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const url = (path = ''): string => `${base}${path.replace(/^\//, '')}`;
export const planUrl = (anchor?: string): string => url(`ke-hoach/${anchor ? `#${anchor}` : ''}`);
export const taskUrl = (id: string): string => url(`nhiem-vu/${id}/`);
export const agencyUrl = (id: string): string => url(`co-quan/${id}/`);
export const targetUrl = (id: string): string => url(`muc-tieu/${id}/`);
export const dataUrl = (file: string): string => url(`data/${file}`);
export const resultsUrl = (year?: number): string => url(`ket-qua/${year ? `${year}/` : ''}`);
