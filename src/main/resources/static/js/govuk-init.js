// The design system's own behaviour: error summaries take focus, buttons ignore double clicks, details and menus work.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
