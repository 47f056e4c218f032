// The second, independent evaluation for tests/kit/test_opening_hours_laender.py: opening_hours.js
// (the reference implementation of the OSM syntax) with the Land's holidays. Reads
// [{hours, state, moments: ["2027-05-27T10:00"]}] on stdin, prints [[true|false, ...], ...].
"use strict";
const OpeningHours = require("opening_hours");

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const answers = JSON.parse(input).map((entry) => {
    const hours = new OpeningHours(entry.hours, {
      address: { country_code: "de", state: entry.state },
    });
    return entry.moments.map((moment) => hours.getState(new Date(moment)));
  });
  process.stdout.write(JSON.stringify(answers));
});
