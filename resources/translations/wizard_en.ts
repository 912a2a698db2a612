<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Joint Liability Wizard</source>
        <translation>About the Joint Liability Wizard</translation>
    </message>
    <message>
        <source>Authors&apos; notes (for reviewers; not printed in reports)</source>
        <translation>Authors&apos; notes (for reviewers; not printed in reports)</translation>
    </message>
    <message>
        <source>version {version}, last legal review {date}</source>
        <translation>version {version}, last legal review {date}</translation>
    </message>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>Joint Liability Wizard</translation>
    </message>
    <message>
        <source>Decision trees</source>
        <translation>Decision trees</translation>
    </message>
    <message>
        <source>Law versions</source>
        <translation>Law versions</translation>
    </message>
</context>
<context>
    <name>AddAssessmentDialog</name>
    <message>
        <source>New assessment in this case</source>
        <translation>New assessment in this case</translation>
    </message>
    <message>
        <source>&amp;Question to assess:</source>
        <translation>&amp;Question to assess:</translation>
    </message>
    <message>
        <source>&amp;Whom it is about (optional):</source>
        <translation>&amp;Whom it is about (optional):</translation>
    </message>
    <message>
        <source>e.g. 张三（保证人）</source>
        <translation>e.g. 张三（保证人）</translation>
    </message>
</context>
<context>
    <name>CaseInfoPage</name>
    <message>
        <source>Case information</source>
        <translation>Case information</translation>
    </message>
    <message>
        <source>C&amp;lient name:</source>
        <translation>C&amp;lient name:</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>Case n&amp;umber:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s:</translation>
    </message>
    <message>
        <source>Names of the parties</source>
        <translation>Names of the parties</translation>
    </message>
    <message>
        <source>Optional. The questions and the report call each party by the names given here; where a party may be several people, separate their names with 、 or a comma.</source>
        <translation>Optional. The questions and the report call each party by the names given here; where a party may be several people, separate their names with 、 or a comma.</translation>
    </message>
    <message>
        <source>{party} (one or more):</source>
        <translation>{party} (one or more):</translation>
    </message>
    <message>
        <source>{party}:</source>
        <translation>{party}:</translation>
    </message>
    <message>
        <source>one or more names, e.g. 张三、李四</source>
        <translation>one or more names, e.g. 张三、李四</translation>
    </message>
    <message>
        <source>&amp;Worker name:</source>
        <translation>&amp;Worker name:</translation>
    </message>
    <message>
        <source>These are printed on the report; only the consultation date is needed. Deadlines are counted to the consultation date: check it with the client.</source>
        <translation>These are printed on the report; only the consultation date is needed. Deadlines are counted to the consultation date: check it with the client.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Consultation &amp;date:</source>
        <translation>Consultation &amp;date:</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Case overview</source>
        <translation>Case overview</translation>
    </message>
    <message>
        <source>A&amp;ssessments of this case:</source>
        <translation>A&amp;ssessments of this case:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Deadline to act on first</source>
        <translation>Deadline to act on first</translation>
    </message>
    <message>
        <source>Assessments of this case</source>
        <translation>Assessments of this case</translation>
    </message>
    <message>
        <source>This case has no assessment yet: add one, or find out which apply with triage.</source>
        <translation>This case has no assessment yet: add one, or find out which apply with triage.</translation>
    </message>
    <message>
        <source>Enter opens the assessment chosen: its questions where it stands, or its result. The combined report holds every assessment that has a result.</source>
        <translation>Enter opens the assessment chosen: its questions where it stands, or its result. The combined report holds every assessment that has a result.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>Tr&amp;iage…</source>
        <translation>Tr&amp;iage…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Combined report…</source>
        <translation>&amp;Combined report…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Consultation date</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress: question {n}</source>
        <translation>In progress: question {n}</translation>
    </message>
</context>
<context>
    <name>CaseReportPage</name>
    <message>
        <source>Combined report of the case</source>
        <translation>Combined report of the case</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as HT&amp;ML…</source>
        <translation>Save as HT&amp;ML…</translation>
    </message>
    <message>
        <source>&amp;Back to the case overview</source>
        <translation>&amp;Back to the case overview</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Tick at least one answer (or the one that says none applies).</source>
        <translation>Tick at least one answer (or the one that says none applies).</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choose one answer.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date first, for example 2024-06-30.</source>
        <translation>Type a date first, for example 2024-06-30.</translation>
    </message>
    <message>
        <source>There is no such date as “{text}”: check the month and the day.</source>
        <translation>There is no such date as “{text}”: check the month and the day.</translation>
    </message>
    <message>
        <source>“{text}” is out of range: the date must lie between {earliest} and {latest}.</source>
        <translation>“{text}” is out of range: the date must lie between {earliest} and {latest}.</translation>
    </message>
    <message>
        <source>This question needs the day too, for example 2024-06-30.</source>
        <translation>This question needs the day too, for example 2024-06-30.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630, or only the month: 2024-06 or 2024年6月.</source>
        <translation>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630, or only the month: 2024-06 or 2024年6月.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</source>
        <translation>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A Qt date format: a month alone, e.g. &quot;June 2024&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{month} (only the month is known)</source>
        <translation>{month} (only the month is known)</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>A Qt date format: the day with its weekday, e.g. &quot;Sunday, 30 June 2024&quot;.</extracomment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; or only the month: 2024-06.</source>
        <translation>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; or only the month: 2024-06.</translation>
    </message>
    <message>
        <source>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</source>
        <translation>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</translation>
    </message>
    <message>
        <source>e.g. 2024-06-30</source>
        <translation>e.g. 2024-06-30</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Pick the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <source>Dates in this case</source>
        <translation>Dates in this case</translation>
    </message>
    <message>
        <source>Fill in a date already entered in another assessment of this case</source>
        <translation>Fill in a date already entered in another assessment of this case</translation>
    </message>
    <message>
        <source>Not known (to be checked)</source>
        <translation>Not known (to be checked)</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Deadline calculator</translation>
    </message>
    <message>
        <source>&amp;Kind of period</source>
        <translation>&amp;Kind of period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <source>A date known only to the month (2024-06) gives a range.</source>
        <translation>A date known only to the month (2024-06) gives a range.</translation>
    </message>
    <message>
        <source>The day the status is measured on (default: today)</source>
        <translation>The day the status is measured on (default: today)</translation>
    </message>
    <message>
        <source>What happened since (demands, IOUs, suits …)</source>
        <translation>What happened since (demands, IOUs, suits …)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Until / performance ends</source>
        <translation>Until / performance ends</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Add event</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Remove event</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copy result</translation>
    </message>
    <message>
        <source>Computed deadline</source>
        <translation>Computed deadline</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>On: give the day too.</source>
        <translation>On: give the day too.</translation>
    </message>
    <message>
        <source>Event {n}</source>
        <translation>Event {n}</translation>
    </message>
    <message>
        <source>not a date; type e.g. 2024-06-30</source>
        <translation>not a date; type e.g. 2024-06-30</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>no such day in the calendar</translation>
    </message>
    <message>
        <source>outside 1949-10-01 … 2100-12-31</source>
        <translation>outside 1949-10-01 … 2100-12-31</translation>
    </message>
    <message>
        <source>give the day too</source>
        <translation>give the day too</translation>
    </message>
    <message>
        <source>Type the date the period runs from.</source>
        <translation>Type the date the period runs from.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents for this case</source>
        <translation>Documents for this case</translation>
    </message>
    <message>
        <source>Letters that fit this case, filled from the case information. Tick the ones to write; each is saved as an editable Word document (.docx) and a PDF.</source>
        <translation>Letters that fit this case, filled from the case information. Tick the ones to write; each is saved as an editable Word document (.docx) and a PDF.</translation>
    </message>
    <message>
        <source>No letter fits this case&apos;s path.</source>
        <translation>No letter fits this case&apos;s path.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Not offered:</source>
        <translation>Not offered:</translation>
    </message>
    <message>
        <source>&amp;Save to folder…</source>
        <translation>&amp;Save to folder…</translation>
    </message>
    <message>
        <source>Tick at least one letter.</source>
        <translation>Tick at least one letter.</translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation>Save the letters in</translation>
    </message>
    <message>
        <source>The letters were not saved</source>
        <translation>The letters were not saved</translation>
    </message>
    <message>
        <source>Saved in {folder}:</source>
        <translation>Saved in {folder}:</translation>
    </message>
</context>
<context>
    <name>EventsEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>The change is not saved yet: press Apply the change, or Cancel the change.</source>
        <translation>The change is not saved yet: press Apply the change, or Cancel the change.</translation>
    </message>
    <message>
        <source>This event is not in the list yet: press Add to the list (Enter), or empty its date.</source>
        <translation>This event is not in the list yet: press Add to the list (Enter), or empty its date.</translation>
    </message>
    <message>
        <source>The second date cannot come before the event&apos;s date.</source>
        <translation>The second date cannot come before the event&apos;s date.</translation>
    </message>
    <message>
        <source>Choose against whom this happened.</source>
        <translation>Choose against whom this happened.</translation>
    </message>
    <message>
        <source>The day the obstacle ended; leave it empty while it lasts.</source>
        <translation>The day the obstacle ended; leave it empty while it lasts.</translation>
    </message>
    <message>
        <source>The last day for performance the judgment set, if it set one.</source>
        <translation>The last day for performance the judgment set, if it set one.</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Change the event</translation>
    </message>
    <message>
        <source>&amp;Apply the change</source>
        <translation>&amp;Apply the change</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <source>Events recorded</source>
        <translation>Events recorded</translation>
    </message>
    <message>
        <source>None recorded yet. If nothing has happened, leave the list empty and go on.</source>
        <translation>None recorded yet. If nothing has happened, leave the list empty and go on.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Chan&amp;ge the selected event</source>
        <translation>Chan&amp;ge the selected event</translation>
    </message>
    <message>
        <source>&amp;Remove the selected event</source>
        <translation>&amp;Remove the selected event</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <source>&amp;Kind of event:</source>
        <translation>&amp;Kind of event:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Until / last day of performance:</source>
        <translation>&amp;Until / last day of performance:</translation>
    </message>
    <message>
        <source>Against &amp;whom:</source>
        <translation>Against &amp;whom:</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>Joint Liability Wizard</translation>
    </message>
    <message>
        <source>Choose the kind of case to assess. The wizard asks its questions one by one; you can go back and change any answer. It aids assessment and is not legal advice.</source>
        <translation>Choose the kind of case to assess. The wizard asks its questions one by one; you can go back and change any answer. It aids assessment and is not legal advice.</translation>
    </message>
    <message>
        <source>Resume unsaved case</source>
        <translation>Resume unsaved case</translation>
    </message>
    <message>
        <source>Not sure which assessment the case needs?</source>
        <translation>Not sure which assessment the case needs?</translation>
    </message>
    <message>
        <source>Start from the client&apos;s sto&amp;ry (triage)…</source>
        <translation>Start from the client&apos;s sto&amp;ry (triage)…</translation>
    </message>
    <message>
        <source>A few plain questions about what happened suggest which assessments apply and to whom; a case may need several, and they are kept together in one case file with one combined report.</source>
        <translation>A few plain questions about what happened suggest which assessments apply and to whom; a case may need several, and they are kept together in one case file with one combined report.</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Start a new assessment</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <source>a case without assessments</source>
        <translation>a case without assessments</translation>
    </message>
    <message>
        <source>Resume: {title} {who} (autosaved {when})</source>
        <translation>Resume: {title} {who} (autosaved {when})</translation>
    </message>
    <message>
        <source>{description}
Laws: {laws}
Version {version}, legal review {review}</source>
        <translation>{description}
Laws: {laws}
Version {version}, legal review {review}</translation>
    </message>
    <message>
        <source>⚠ Review due: last legal review over a year ago.</source>
        <translation>⚠ Review due: last legal review over a year ago.</translation>
    </message>
    <message>
        <source>Unavailable: {file}
{problems}</source>
        <translation>Unavailable: {file}
{problems}</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Hel&amp;p (F1)</source>
        <translation>Hel&amp;p (F1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Case information</source>
        <translation>Case information</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Step {n}, at most {more} more</source>
        <translation>Step {n}, at most {more} more</translation>
    </message>
    <message>
        <source>Step {n}, the last</source>
        <translation>Step {n}, the last</translation>
    </message>
    <message>
        <source>Before the questions</source>
        <translation>Before the questions</translation>
    </message>
    <message>
        <source>{n} questions answered</source>
        <translation>{n} questions answered</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Show &amp;result &gt;</source>
        <translation>Show &amp;result &gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>New case files get this extension (the macOS bundle registers it; on Windows users associate it with the app); the content is the same JSON, and .json files open as well.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>C&amp;lear recent files and autosave</source>
        <translation>C&amp;lear recent files and autosave</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>&amp;Deadline calculator…</translation>
    </message>
    <message>
        <source>Cas&amp;e</source>
        <translation>Cas&amp;e</translation>
    </message>
    <message>
        <source>Case &amp;overview</source>
        <translation>Case &amp;overview</translation>
    </message>
    <message>
        <source>&amp;New assessment in this case…</source>
        <translation>&amp;New assessment in this case…</translation>
    </message>
    <message>
        <source>&amp;Triage: start from the client&apos;s story…</source>
        <translation>&amp;Triage: start from the client&apos;s story…</translation>
    </message>
    <message>
        <source>&amp;Combined report</source>
        <translation>&amp;Combined report</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Unsaved case</translation>
    </message>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>Joint Liability Wizard</translation>
    </message>
    <message>
        <source>The current case has unsaved changes. Save them?</source>
        <translation>The current case has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>The assessment is not available</source>
        <translation>The assessment is not available</translation>
    </message>
    <message>
        <source>Remove the assessment</source>
        <translation>Remove the assessment</translation>
    </message>
    <message>
        <source>Remove “{title}” and its answers from the case?</source>
        <translation>Remove “{title}” and its answers from the case?</translation>
    </message>
    <message>
        <source>Triage is not available</source>
        <translation>Triage is not available</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>No report yet</translation>
    </message>
    <message>
        <source>No assessment of this case has a result yet.</source>
        <translation>No assessment of this case has a result yet.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Case files ({filter})</source>
        <translation>Case files ({filter})</translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation>Cannot open the case file</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved case</source>
        <translation>Cannot restore the unsaved case</translation>
    </message>
    <message>
        <source>The case was opened with changes</source>
        <translation>The case was opened with changes</translation>
    </message>
    <message>
        <source>The decision tree has been updated since this case was saved ({detail}); please check the answers on the review page.</source>
        <translation>The decision tree has been updated since this case was saved ({detail}); please check the answers on the review page.</translation>
    </message>
    <message>
        <source>The answer to {question} is no longer on the path; it is kept and offered again if the path comes back to it.</source>
        <translation>The answer to {question} is no longer on the path; it is kept and offered again if the path comes back to it.</translation>
    </message>
    <message>
        <source>The answer to {question} no longer fits the tree and was dropped; please answer it again.</source>
        <translation>The answer to {question} no longer fits the tree and was dropped; please answer it again.</translation>
    </message>
    <message>
        <source>Save case file</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>The case was not saved</translation>
    </message>
    <message>
        <source>{error}

Your answers are kept in the window and in the autosave.</source>
        <translation>{error}

Your answers are kept in the window and in the autosave.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>{file} is open in another program (such as Word, WPS, a preview pane or a virus scanner) or is read-only, so it was not replaced. Close it there and save again.</source>
        <translation>{file} is open in another program (such as Word, WPS, a preview pane or a virus scanner) or is read-only, so it was not replaced. Close it there and save again.</translation>
    </message>
    <message>
        <source>Recent files cleared; {n} autosave file(s) removed.</source>
        <translation>Recent files cleared; {n} autosave file(s) removed.</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>Web pages (HTML)</source>
        <translation>Web pages (HTML)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Report saved to {path}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Type the amount first, for example 120000 or 12万.</source>
        <translation>Type the amount first, for example 120000 or 12万.</translation>
    </message>
    <message>
        <source>An amount cannot be below zero: type what is owed or was paid.</source>
        <translation>An amount cannot be below zero: type what is owed or was paid.</translation>
    </message>
    <message>
        <source>“{text}” is too large: an amount is at most {largest}.</source>
        <translation>“{text}” is too large: an amount is at most {largest}.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type it in yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</source>
        <translation>“{text}” is not an amount. Type it in yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</translation>
    </message>
    <message>
        <source>Not known (to be checked)</source>
        <translation>Not known (to be checked)</translation>
    </message>
    <message>
        <source>In yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</source>
        <translation>In yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</translation>
    </message>
    <message>
        <source>e.g. 120000 or 12万</source>
        <translation>e.g. 120000 or 12万</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Choose the side of the person you are advising: the report is written for that side — what it can claim, or how it can answer a claim.</source>
        <translation>Choose the side of the person you are advising: the report is written for that side — what it can claim, or how it can answer a claim.</translation>
    </message>
    <message>
        <source>Keys: 1–9 tick or untick (or Tab and Space), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>Keys: 1–9 tick or untick (or Tab and Space), Enter goes on, Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose (or arrows and Space), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>Keys: 1–9 choose (or arrows and Space), Enter goes on, Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; only the month: 2024-06 or 2024年6月), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; only the month: 2024-06 or 2024年6月), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Keys: type the amount in yuan (120000, 120,000.50, 12万 or ¥3,000), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>Keys: type the amount in yuan (120000, 120,000.50, 12万 or ¥3,000), Enter goes on, Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Keys: fill in an event and press Enter to add it to the list; Tab reaches the list, where arrows select, Delete removes and F2 changes an event. With nothing typed in the form, Enter goes on (an empty list is an answer too). Alt+B goes back, F1 help.</source>
        <translation>Keys: fill in an event and press Enter to add it to the list; Tab reaches the list, where arrows select, Delete removes and F2 changes an event. With nothing typed in the form, Enter goes on (an empty list is an answer too). Alt+B goes back, F1 help.</translation>
    </message>
    <message>
        <source>Enter goes on.</source>
        <translation>Enter goes on.</translation>
    </message>
    <message>
        <source>No help for this question.</source>
        <translation>No help for this question.</translation>
    </message>
    <message>
        <source>Evidence that would prove it</source>
        <translation>Evidence that would prove it</translation>
    </message>
    <message>
        <source>What turns on it</source>
        <translation>What turns on it</translation>
    </message>
    <message>
        <source>← Back to the help</source>
        <translation>← Back to the help</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <source>Save as HT&amp;ML…</source>
        <translation>Save as HT&amp;ML…</translation>
    </message>
    <message>
        <source>D&amp;ocuments…</source>
        <translation>D&amp;ocuments…</translation>
    </message>
    <message>
        <source>The letters that fit this case (notice, demand …), as Word and PDF</source>
        <translation>The letters that fit this case (notice, demand …), as Word and PDF</translation>
    </message>
    <message>
        <source>&amp;Start another assessment</source>
        <translation>&amp;Start another assessment</translation>
    </message>
    <message>
        <source>Case ove&amp;rview…</source>
        <translation>Case ove&amp;rview…</translation>
    </message>
    <message>
        <source>The case&apos;s assessments: add another, open one, the combined report</source>
        <translation>The case&apos;s assessments: add another, open one, the combined report</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Review your answers</translation>
    </message>
    <message>
        <source>Check each answer with the client. &quot;Change&quot; goes back to that question; later answers are kept where they still apply.</source>
        <translation>Check each answer with the client. &quot;Change&quot; goes back to that question; later answers are kept where they still apply.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the answer to: {question}</source>
        <translation>Change the answer to: {question}</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <source>Triage: start from the client&apos;s story</source>
        <translation>Triage: start from the client&apos;s story</translation>
    </message>
    <message>
        <source>A few plain questions about what happened. The assessments that apply are suggested below as you answer, each with why; untick those you do not want, then create them in the case. Names are optional; separate several with 、 or a comma.</source>
        <translation>A few plain questions about what happened. The assessments that apply are suggested below as you answer, each with why; untick those you do not want, then create them in the case. Names are optional; separate several with 、 or a comma.</translation>
    </message>
    <message>
        <source>Suggested assessments</source>
        <translation>Suggested assessments</translation>
    </message>
    <message>
        <source>No assessment is suggested yet: say what happened above.</source>
        <translation>No assessment is suggested yet: say what happened above.</translation>
    </message>
    <message>
        <source>&amp;Create the chosen assessments</source>
        <translation>&amp;Create the chosen assessments</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>e.g. 张三、李四 (optional)</source>
        <translation>e.g. 张三、李四 (optional)</translation>
    </message>
</context>
</TS>
