// The same text and machine-readable value as Tandem's PostDate component: "3 December 2026", in UTC.
const format = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export default function PostDate({ value }) {
  const date = new Date(value);
  return <time dateTime={date.toISOString().replace(/\.\d{3}Z$/, "Z")}>{format.format(date)}</time>;
}
