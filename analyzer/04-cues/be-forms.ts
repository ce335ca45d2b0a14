/** Forms of "be": a passive auxiliary, or a progressive one before an -ing form. */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
