// Every internal link goes through these, so the trailing-slash convention of the static export holds.

export const articleHref = (articleId: string, anchor?: string): string =>
  `/articles/${articleId}/${anchor ? `#${anchor}` : ''}`;

export const entityHref = (entityId: string, anchor?: string): string =>
  `/entities/${entityId}/${anchor ? `#${anchor}` : ''}`;

export const searchHref = (query: string): string => `/search/?q=${encodeURIComponent(query)}`;
