/** What `digicheck help` prints, and what a wrong command is shown after its one-line reason. */
export const usage = `Every command that reads an answers file also reads a Digicheck PDF report: the
answers files it carries are used.

Usage:
  digicheck content                          print the whole questionnaire as JSON
  digicheck advise <answers.json>            print the advice report as JSON
  digicheck pdf <answers.json> -o <file.pdf> write the PDF report
  digicheck html <answers.json> -o <file.html>
                                             write the report as one accessible web page
  digicheck compare <before.json> <after.json> [--json | -o <file.pdf>]
                                             compare two checks (before and after): a summary,
                                             the comparison as JSON, or the second check's PDF
                                             with a "Voor- en nameting" section
  digicheck team <a.json> <b.json> [...] [--json | -o <file.pdf>]
                                             a team report: median, lowest and highest per
                                             area, divergent questions, advice on the merged answers
  digicheck partner <school.json> <organisation.json> [--json | -o <file.pdf>]
                                             a school and its cultural partner side by side, and
                                             what they must arrange together
  digicheck plan <answers.json> [--json | -o <plan.pdf> | --ics <plan.ics>]
                                             a project plan drafted from the answers: the five
                                             steps of Design Thinking from next Monday, hours,
                                             costs and the evaluation
  digicheck extract <report.pdf> [-o <answers.json>] [--force]
                                             write out the answers file a Digicheck PDF carries
                                             (several: name-1.json, …; --force replaces them)
  digicheck cohort <folder or files…> [--csv <out.csv> | --json | --ndjson]
                                             many applications: one row per file, the group's
                                             medians and most common advice; --ndjson streams
                                             one line per file for large cohorts

-o - (and --csv -) writes to standard output. An output is never one of the inputs, a
folder, a pipe or a device.
`;
