<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the Joint Liability Wizard</source>
        <translation>关于连带责任评估向导</translation>
    </message>
    <message>
        <source>Authors&apos; notes (for reviewers; not printed in reports)</source>
        <translation>作者说明（供审核者参考，不印入报告）</translation>
    </message>
    <message>
        <source>version {version}, last legal review {date}</source>
        <translation>版本 {version}，最近法律审核 {date}</translation>
    </message>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>连带责任评估向导</translation>
    </message>
    <message>
        <source>Decision trees</source>
        <translation>评估树</translation>
    </message>
    <message>
        <source>Law versions</source>
        <translation>法律文本版本</translation>
    </message>
</context>
<context>
    <name>AddAssessmentDialog</name>
    <message>
        <source>New assessment in this case</source>
        <translation>本案新增评估</translation>
    </message>
    <message>
        <source>&amp;Question to assess:</source>
        <translation>要评估的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Whom it is about (optional):</source>
        <translation>评估对象（可不填）(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 张三（保证人）</source>
        <translation>例如：张三（保证人）</translation>
    </message>
</context>
<context>
    <name>CaseInfoPage</name>
    <message>
        <source>Case information</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>C&amp;lient name:</source>
        <translation>当事人姓名(&amp;L)：</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>案件编号(&amp;U)：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <source>Names of the parties</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <source>Optional. The questions and the report call each party by the names given here; where a party may be several people, separate their names with 、 or a comma.</source>
        <translation>可不填。问题和报告会用这里填写的名称称呼各方；一方可能有几个人的，名称之间用“、”或逗号分隔。</translation>
    </message>
    <message>
        <source>{party} (one or more):</source>
        <translation>{party}（可填多个）：</translation>
    </message>
    <message>
        <source>{party}:</source>
        <translation>{party}：</translation>
    </message>
    <message>
        <source>one or more names, e.g. 张三、李四</source>
        <translation>一个或几个名称，如 张三、李四</translation>
    </message>
    <message>
        <source>&amp;Worker name:</source>
        <translation>经办人(&amp;W)：</translation>
    </message>
    <message>
        <source>These are printed on the report; only the consultation date is needed. Deadlines are counted to the consultation date: check it with the client.</source>
        <translation>以下各项会印在报告上，只有咨询日期必填。期限以咨询日期为准计算剩余天数，请与当事人核对。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Consultation &amp;date:</source>
        <translation>咨询日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Case overview</source>
        <translation>案件概览</translation>
    </message>
    <message>
        <source>A&amp;ssessments of this case:</source>
        <translation>本案的评估(&amp;S)：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Deadline to act on first</source>
        <translation>最先须行事的期限</translation>
    </message>
    <message>
        <source>Assessments of this case</source>
        <translation>本案的评估</translation>
    </message>
    <message>
        <source>This case has no assessment yet: add one, or find out which apply with triage.</source>
        <translation>本案还没有评估：可以新建评估，或者通过分诊找出适用的评估。</translation>
    </message>
    <message>
        <source>Enter opens the assessment chosen: its questions where it stands, or its result. The combined report holds every assessment that has a result.</source>
        <translation>按回车打开所选的评估：未完成的从停下的问题继续，已完成的显示结果。合并报告包括所有已有结果的评估。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>Tr&amp;iage…</source>
        <translation>分诊(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Combined report…</source>
        <translation>合并报告(&amp;C)…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Consultation date</source>
        <translation>咨询日期</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>In progress: question {n}</source>
        <translation>进行中：第{n}题</translation>
    </message>
</context>
<context>
    <name>CaseReportPage</name>
    <message>
        <source>Combined report of the case</source>
        <translation>本案合并报告</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as HT&amp;ML…</source>
        <translation>保存为 HTML(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Back to the case overview</source>
        <translation>返回案件概览(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Tick at least one answer (or the one that says none applies).</source>
        <translation>请至少勾选一项（都不符合的，勾选表示“都没有”的一项）。</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>请选择一项。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date first, for example 2024-06-30.</source>
        <translation>请先输入日期，例如 2024-06-30。</translation>
    </message>
    <message>
        <source>There is no such date as “{text}”: check the month and the day.</source>
        <translation>没有“{text}”这个日期，请核对月份和日。</translation>
    </message>
    <message>
        <source>“{text}” is out of range: the date must lie between {earliest} and {latest}.</source>
        <translation>“{text}”超出范围：日期须在 {earliest} 至 {latest} 之间。</translation>
    </message>
    <message>
        <source>This question needs the day too, for example 2024-06-30.</source>
        <translation>本问题需要具体到日，例如 2024-06-30。</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630, or only the month: 2024-06 or 2024年6月.</source>
        <translation>“{text}”不是日期。请按 2024-06-30、2024/6/30、2024年6月30日 或 20240630 输入；只知道月份时输入 2024-06 或 2024年6月。</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</source>
        <translation>“{text}”不是日期。请按 2024-06-30、2024/6/30、2024年6月30日 或 20240630 输入。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A Qt date format: a month alone, e.g. &quot;June 2024&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>{month} (only the month is known)</source>
        <translation>{month}（只知道月份）</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>A Qt date format: the day with its weekday, e.g. &quot;Sunday, 30 June 2024&quot;.</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; or only the month: 2024-06.</source>
        <translation>例如 2024-06-30、2024/6/30、2024年6月30日 或 20240630；只知道月份时输入 2024-06。</translation>
    </message>
    <message>
        <source>For example 2024-06-30, 2024/6/30, 2024年6月30日 or 20240630.</source>
        <translation>例如 2024-06-30、2024/6/30、2024年6月30日 或 20240630。</translation>
    </message>
    <message>
        <source>e.g. 2024-06-30</source>
        <translation>如 2024-06-30</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <source>Dates in this case</source>
        <translation>本案已有日期</translation>
    </message>
    <message>
        <source>Fill in a date already entered in another assessment of this case</source>
        <translation>填入本案其他评估中已填写的日期</translation>
    </message>
    <message>
        <source>Not known (to be checked)</source>
        <translation>不清楚（待核实）</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>Deadline calculator</source>
        <translation>期限计算</translation>
    </message>
    <message>
        <source>&amp;Kind of period</source>
        <translation>期间种类(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起算日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间长度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>计算至(&amp;O)</translation>
    </message>
    <message>
        <source>A date known only to the month (2024-06) gives a range.</source>
        <translation>只知道月份的日期（如 2024-06）会得出一个日期范围。</translation>
    </message>
    <message>
        <source>The day the status is measured on (default: today)</source>
        <translation>按哪一天判断是否届满（默认今天）</translation>
    </message>
    <message>
        <source>What happened since (demands, IOUs, suits …)</source>
        <translation>此后发生的事（催告、借条、起诉等）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until / performance ends</source>
        <translation>结束日 / 履行期最后一日</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>添加事件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>删除事件(&amp;R)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <source>Computed deadline</source>
        <translation>计算出的期限</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>On</source>
        <translation>计算至</translation>
    </message>
    <message>
        <source>On: give the day too.</source>
        <translation>计算至：请写明具体日期。</translation>
    </message>
    <message>
        <source>Event {n}</source>
        <translation>事件 {n}</translation>
    </message>
    <message>
        <source>not a date; type e.g. 2024-06-30</source>
        <translation>不是日期，请输入如 2024-06-30</translation>
    </message>
    <message>
        <source>no such day in the calendar</source>
        <translation>日历上没有这一天</translation>
    </message>
    <message>
        <source>outside 1949-10-01 … 2100-12-31</source>
        <translation>超出 1949-10-01 至 2100-12-31 的范围</translation>
    </message>
    <message>
        <source>give the day too</source>
        <translation>请写明具体日期</translation>
    </message>
    <message>
        <source>Type the date the period runs from.</source>
        <translation>请输入期间的起算日。</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents for this case</source>
        <translation>本案的文书</translation>
    </message>
    <message>
        <source>Letters that fit this case, filled from the case information. Tick the ones to write; each is saved as an editable Word document (.docx) and a PDF.</source>
        <translation>以下文书适合本案，已按案件信息填写。勾选要生成的文书；每份保存为可编辑的 Word 文档（.docx）和 PDF。</translation>
    </message>
    <message>
        <source>No letter fits this case&apos;s path.</source>
        <translation>本案的路径没有适用的文书。</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Not offered:</source>
        <translation>不生成的文书：</translation>
    </message>
    <message>
        <source>&amp;Save to folder…</source>
        <translation>保存到文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Tick at least one letter.</source>
        <translation>请至少勾选一份文书。</translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation>文书保存到</translation>
    </message>
    <message>
        <source>The letters were not saved</source>
        <translation>文书没有保存</translation>
    </message>
    <message>
        <source>Saved in {folder}:</source>
        <translation>已保存到 {folder}：</translation>
    </message>
</context>
<context>
    <name>EventsEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>The change is not saved yet: press Apply the change, or Cancel the change.</source>
        <translation>修改还没有应用：请按“应用修改”，或者“取消修改”。</translation>
    </message>
    <message>
        <source>This event is not in the list yet: press Add to the list (Enter), or empty its date.</source>
        <translation>这件事还没有加入列表：请按“添加到列表”（回车），或者清空它的日期。</translation>
    </message>
    <message>
        <source>The second date cannot come before the event&apos;s date.</source>
        <translation>结束日 / 履行期最后一日不能早于这件事的日期。</translation>
    </message>
    <message>
        <source>Choose against whom this happened.</source>
        <translation>请选择针对谁。</translation>
    </message>
    <message>
        <source>The day the obstacle ended; leave it empty while it lasts.</source>
        <translation>障碍结束之日；障碍仍在持续的，不填。</translation>
    </message>
    <message>
        <source>The last day for performance the judgment set, if it set one.</source>
        <translation>判决、裁定或裁决确定的履行期限的最后一日（如有）。</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>修改这件事</translation>
    </message>
    <message>
        <source>&amp;Apply the change</source>
        <translation>应用修改(&amp;A)</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>添加一件事</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>添加到列表(&amp;A)</translation>
    </message>
    <message>
        <source>Events recorded</source>
        <translation>已记录的事件</translation>
    </message>
    <message>
        <source>None recorded yet. If nothing has happened, leave the list empty and go on.</source>
        <translation>还没有记录。如果没有发生过这些事，列表留空，直接继续。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Chan&amp;ge the selected event</source>
        <translation>修改所选事件(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove the selected event</source>
        <translation>删除所选事件(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>取消修改</translation>
    </message>
    <message>
        <source>&amp;Kind of event:</source>
        <translation>事件类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Until / last day of performance:</source>
        <translation>结束日 / 履行期最后一日(&amp;U)：</translation>
    </message>
    <message>
        <source>Against &amp;whom:</source>
        <translation>针对谁(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>连带责任评估向导</translation>
    </message>
    <message>
        <source>Choose the kind of case to assess. The wizard asks its questions one by one; you can go back and change any answer. It aids assessment and is not legal advice.</source>
        <translation>请选择要评估的案件类型。向导会逐一提问，任何回答都可以返回修改。本工具用于辅助评估，不构成法律意见。</translation>
    </message>
    <message>
        <source>Resume unsaved case</source>
        <translation>恢复未保存的案件</translation>
    </message>
    <message>
        <source>Not sure which assessment the case needs?</source>
        <translation>不确定本案需要做哪些评估？</translation>
    </message>
    <message>
        <source>Start from the client&apos;s sto&amp;ry (triage)…</source>
        <translation>从当事人的陈述开始（分诊）(&amp;R)…</translation>
    </message>
    <message>
        <source>A few plain questions about what happened suggest which assessments apply and to whom; a case may need several, and they are kept together in one case file with one combined report.</source>
        <translation>几个简单的问题，了解发生了什么，就能建议适用哪些评估、针对谁；一个案件可能需要几项评估，它们保存在同一个案件文件里，并出具一份合并报告。</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>开始新的评估</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>最近的案件文件</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>打开案件文件(&amp;O)…</translation>
    </message>
    <message>
        <source>a case without assessments</source>
        <translation>尚无评估的案件</translation>
    </message>
    <message>
        <source>Resume: {title} {who} (autosaved {when})</source>
        <translation>恢复：{title} {who}（自动保存于 {when}）</translation>
    </message>
    <message>
        <source>{description}
Laws: {laws}
Version {version}, legal review {review}</source>
        <translation>{description}
涉及法律：{laws}
版本 {version}，法律审核 {review}</translation>
    </message>
    <message>
        <source>⚠ Review due: last legal review over a year ago.</source>
        <translation>⚠ 需要复核：距最近一次法律审核已超过一年。</translation>
    </message>
    <message>
        <source>Unavailable: {file}
{problems}</source>
        <translation>无法使用：{file}
{problems}</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Hel&amp;p (F1)</source>
        <translation>帮助(&amp;P) (F1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>Case information</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step {n}, at most {more} more</source>
        <translation>第 {n} 步，最多还有 {more} 步</translation>
    </message>
    <message>
        <source>Step {n}, the last</source>
        <translation>第 {n} 步，最后一步</translation>
    </message>
    <message>
        <source>Before the questions</source>
        <translation>开始提问前</translation>
    </message>
    <message>
        <source>{n} questions answered</source>
        <translation>已回答 {n} 个问题</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Show &amp;result &gt;</source>
        <translation>查看结果(&amp;R) &gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>New case files get this extension (the macOS bundle registers it; on Windows users associate it with the app); the content is the same JSON, and .json files open as well.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新的评估(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>打开案件文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lear recent files and autosave</source>
        <translation>清除最近文件和自动保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>期限计算(&amp;D)…</translation>
    </message>
    <message>
        <source>Cas&amp;e</source>
        <translation>案件(&amp;E)</translation>
    </message>
    <message>
        <source>Case &amp;overview</source>
        <translation>案件概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New assessment in this case…</source>
        <translation>本案新增评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Triage: start from the client&apos;s story…</source>
        <translation>分诊：从当事人的陈述开始(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Combined report</source>
        <translation>合并报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>未保存的案件</translation>
    </message>
    <message>
        <source>Joint Liability Wizard</source>
        <translation>连带责任评估向导</translation>
    </message>
    <message>
        <source>The current case has unsaved changes. Save them?</source>
        <translation>当前案件有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>The assessment is not available</source>
        <translation>该评估暂不可用</translation>
    </message>
    <message>
        <source>Remove the assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Remove “{title}” and its answers from the case?</source>
        <translation>从本案中删除“{title}”及其全部回答？</translation>
    </message>
    <message>
        <source>Triage is not available</source>
        <translation>无法使用分诊</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>还没有报告</translation>
    </message>
    <message>
        <source>No assessment of this case has a result yet.</source>
        <translation>本案还没有已得出结果的评估。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>打开案件文件</translation>
    </message>
    <message>
        <source>Case files ({filter})</source>
        <translation>案件文件 ({filter})</translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation>无法打开案件文件</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved case</source>
        <translation>无法恢复未保存的案件</translation>
    </message>
    <message>
        <source>The case was opened with changes</source>
        <translation>案件已打开，但有以下变化</translation>
    </message>
    <message>
        <source>The decision tree has been updated since this case was saved ({detail}); please check the answers on the review page.</source>
        <translation>保存本案件后评估树已更新（{detail}）；请在核对页检查各项回答。</translation>
    </message>
    <message>
        <source>The answer to {question} is no longer on the path; it is kept and offered again if the path comes back to it.</source>
        <translation>问题{question}的回答已不在当前路径上；该回答会保留，路径回到该问题时再作为默认值提供。</translation>
    </message>
    <message>
        <source>The answer to {question} no longer fits the tree and was dropped; please answer it again.</source>
        <translation>问题{question}的回答已不适用于当前评估树，已被舍弃；请重新回答。</translation>
    </message>
    <message>
        <source>Save case file</source>
        <translation>保存案件文件</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>案件未能保存</translation>
    </message>
    <message>
        <source>{error}

Your answers are kept in the window and in the autosave.</source>
        <translation>{error}

您的回答仍保留在窗口中和自动保存文件里。</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>{file} is open in another program (such as Word, WPS, a preview pane or a virus scanner) or is read-only, so it was not replaced. Close it there and save again.</source>
        <translation>{file} 正被其他程序打开（如 Word、WPS、预览窗格或杀毒软件），或是只读文件，因此没有被替换。请在那个程序里关闭它，然后再保存。</translation>
    </message>
    <message>
        <source>Recent files cleared; {n} autosave file(s) removed.</source>
        <translation>已清除最近文件；删除了 {n} 个自动保存文件。</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Web pages (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未能保存</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>Type the amount first, for example 120000 or 12万.</source>
        <translation>请先输入金额，例如 120000 或 12万。</translation>
    </message>
    <message>
        <source>An amount cannot be below zero: type what is owed or was paid.</source>
        <translation>金额不能小于零：请输入欠付或者已付的数额。</translation>
    </message>
    <message>
        <source>“{text}” is too large: an amount is at most {largest}.</source>
        <translation>“{text}”金额太大：金额最多为 {largest}。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type it in yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</source>
        <translation>“{text}”不是金额。请以元为单位输入，例如 120000、120,000.50、12万 或 ¥3,000。</translation>
    </message>
    <message>
        <source>Not known (to be checked)</source>
        <translation>不清楚（待核实）</translation>
    </message>
    <message>
        <source>In yuan, for example 120000, 120,000.50, 12万 or ¥3,000.</source>
        <translation>以元为单位，例如 120000、120,000.50、12万 或 ¥3,000。</translation>
    </message>
    <message>
        <source>e.g. 120000 or 12万</source>
        <translation>如 120000 或 12万</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Choose the side of the person you are advising: the report is written for that side — what it can claim, or how it can answer a claim.</source>
        <translation>请选择你所帮助的当事人一方：报告按这一方的立场写——可以主张什么，或者怎样应对对方的主张。</translation>
    </message>
    <message>
        <source>Keys: 1–9 tick or untick (or Tab and Space), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>按键：数字 1–9 勾选或取消（或 Tab 加空格），回车继续，Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose (or arrows and Space), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>按键：数字 1–9 选择（或方向键加空格），回车继续，Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630; only the month: 2024-06 or 2024年6月), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>按键：按平常写法输入日期（2024-06-30、2024/6/30、2024年6月30日 或 20240630；只知道月份的输入 2024-06 或 2024年6月），Alt+↓ 打开日历，回车继续，Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Keys: type the date as written (2024-06-30, 2024/6/30, 2024年6月30日 or 20240630), Alt+Down opens the calendar, Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>按键：按平常写法输入日期（2024-06-30、2024/6/30、2024年6月30日 或 20240630），Alt+↓ 打开日历，回车继续，Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Keys: type the amount in yuan (120000, 120,000.50, 12万 or ¥3,000), Enter goes on, Alt+B goes back, F1 help.</source>
        <translation>按键：以元为单位输入金额（120000、120,000.50、12万 或 ¥3,000），回车继续，Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Keys: fill in an event and press Enter to add it to the list; Tab reaches the list, where arrows select, Delete removes and F2 changes an event. With nothing typed in the form, Enter goes on (an empty list is an answer too). Alt+B goes back, F1 help.</source>
        <translation>按键：填好一件事后按回车加入列表；Tab 可到列表，在列表中用方向键选择，Delete 删除，F2 修改。表单中没有输入时，回车继续（列表为空也是回答）。Alt+B 返回，F1 帮助。</translation>
    </message>
    <message>
        <source>Enter goes on.</source>
        <translation>按回车继续。</translation>
    </message>
    <message>
        <source>No help for this question.</source>
        <translation>此问题没有帮助说明。</translation>
    </message>
    <message>
        <source>Evidence that would prove it</source>
        <translation>可以证明的证据</translation>
    </message>
    <message>
        <source>What turns on it</source>
        <translation>对结论的影响</translation>
    </message>
    <message>
        <source>← Back to the help</source>
        <translation>← 返回帮助</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>Save as HT&amp;ML…</source>
        <translation>保存为 HTML(&amp;M)…</translation>
    </message>
    <message>
        <source>D&amp;ocuments…</source>
        <translation>生成文书(&amp;O)…</translation>
    </message>
    <message>
        <source>The letters that fit this case (notice, demand …), as Word and PDF</source>
        <translation>生成适合本案的文书（通知、催告函等），Word 和 PDF 格式</translation>
    </message>
    <message>
        <source>&amp;Start another assessment</source>
        <translation>开始另一项评估(&amp;S)</translation>
    </message>
    <message>
        <source>Case ove&amp;rview…</source>
        <translation>案件概览(&amp;R)…</translation>
    </message>
    <message>
        <source>The case&apos;s assessments: add another, open one, the combined report</source>
        <translation>本案的各项评估：新增、打开，以及合并报告</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>核对您的回答</translation>
    </message>
    <message>
        <source>Check each answer with the client. &quot;Change&quot; goes back to that question; later answers are kept where they still apply.</source>
        <translation>请与当事人逐项核对。点“修改”回到该问题；之后的回答在仍然适用时会保留。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change the answer to: {question}</source>
        <translation>修改此问题的回答：{question}</translation>
    </message>
</context>
<context>
    <name>TriagePage</name>
    <message>
        <source>Triage: start from the client&apos;s story</source>
        <translation>分诊：从当事人的陈述开始</translation>
    </message>
    <message>
        <source>A few plain questions about what happened. The assessments that apply are suggested below as you answer, each with why; untick those you do not want, then create them in the case. Names are optional; separate several with 、 or a comma.</source>
        <translation>几个关于发生了什么的简单问题。边回答，下面边列出建议的评估和理由；取消勾选不需要的，然后在本案中创建。名称可以不填；多个名称用、或逗号分隔。</translation>
    </message>
    <message>
        <source>Suggested assessments</source>
        <translation>建议的评估</translation>
    </message>
    <message>
        <source>No assessment is suggested yet: say what happened above.</source>
        <translation>还没有建议的评估：请先在上面选择发生了什么。</translation>
    </message>
    <message>
        <source>&amp;Create the chosen assessments</source>
        <translation>创建所选评估(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 张三、李四 (optional)</source>
        <translation>例如：张三、李四（可不填）</translation>
    </message>
</context>
</TS>
