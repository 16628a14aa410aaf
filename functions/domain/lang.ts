/** The two languages Målbot speaks. Danish first: it is the default wherever nothing says otherwise. */
export type Lang = 'da' | 'en';
