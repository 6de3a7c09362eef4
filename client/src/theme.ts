import { createTheme, type MantineColorsTuple } from '@mantine/core';

/*
 * Mantine rather than Radix: Radix gives unstyled primitives only, and the pages need the whole set styled
 * alike (inputs with their labels and errors, tables, tabs, menus, dialogs, toasts) under one theme; Mantine's
 * components are accessible (labelled inputs, focus-trapped modals, aria-live toasts) and its inputs take
 * react-hook-form's `register` as they are.
 *
 * The look of UN documents: sober, white, UN blue as the only accent, serif for the text of documents and page
 * titles, a sans-serif for the interface. The accent used for text and buttons is the darker UN blue (7: #0b6aa2,
 * 5.6:1 on white); the flag's #009edb (2.9:1) only for rules and borders.
 */
const un: MantineColorsTuple = [
  '#e6f4fb',
  '#cde8f6',
  '#9dd2ee',
  '#69bae5',
  '#3fa6dd',
  '#009edb',
  '#0086bd',
  '#0b6aa2',
  '#07588a',
  '#003a5d',
];

export const SERIF = "Georgia, 'Times New Roman', Times, serif";

export const theme = createTheme({
  primaryColor: 'un',
  primaryShade: 7,
  colors: { un },
  fontFamily: "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontFamily: SERIF, fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    Table: { defaultProps: { striped: false, highlightOnHover: true, verticalSpacing: 'xs' } },
  },
});
