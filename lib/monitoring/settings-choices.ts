/** The choices the Signals pickers offer (plain data: the page bundle has no zod). */

/** Results per signal type the picker offers (Lusha takes 1-100). */
export const MAX_RESULT_CHOICES = [1, 3, 5, 10, 25, 50, 100] as const;

/** How far back a refresh looks, in months (Lusha's default is 6). */
export const WINDOW_CHOICES = [1, 3, 6, 12] as const;
