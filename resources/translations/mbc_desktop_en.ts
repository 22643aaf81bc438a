<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AfterVisit</name>
    <message numerus="yes">
        <source>%n question(s) still open will wait for your next appointment.</source>
        <translation>
            <numerusform>%n question still open will wait for your next appointment.</numerusform>
            <numerusform>%n questions still open will wait for your next appointment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open will move to your next appointment.</source>
        <translation>
            <numerusform>%n question still open will move to your next appointment.</numerusform>
            <numerusform>%n questions still open will move to your next appointment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not reached moved to your appointment on %1.</source>
        <translation>
            <numerusform>%n question not reached moved to your appointment on %1.</numerusform>
            <numerusform>%n questions not reached moved to your appointment on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not reached will wait for your next appointment. Add it in Appointments (Ctrl+3) when you know the date.</source>
        <translation>
            <numerusform>%n question not reached will wait for your next appointment. Add it in Appointments (Ctrl+3) when you know the date.</numerusform>
            <numerusform>%n questions not reached will wait for your next appointment. Add it in Appointments (Ctrl+3) when you know the date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsPane</name>
    <message numerus="yes">
        <source>Saved %n appointment(s) to %1. Open that file with your calendar app.</source>
        <translation>
            <numerusform>Saved %n appointment to %1. Open that file with your calendar app.</numerusform>
            <numerusform>Saved %n appointments to %1. Open that file with your calendar app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask</source>
        <translation>
            <numerusform>%n question to ask</numerusform>
            <numerusform>%n questions to ask</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n entry(ies) to %1.</numerusform>
            <numerusform>Exported %n entry(ies) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n symptom score(s) to %1.</source>
        <translation>
            <numerusform>Exported %n symptom score to %1.</numerusform>
            <numerusform>Exported %n symptom scores to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: your journal now holds the file&apos;s %n entry(ies).</source>
        <translation>
            <numerusform>Imported: your journal now holds the file&apos;s %n entry(ies).</numerusform>
            <numerusform>Imported: your journal now holds the file&apos;s %n entry(ies).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n entry(ies) added to your journal.</source>
        <translation>
            <numerusform>Imported: %n entry(ies) added to your journal.</numerusform>
            <numerusform>Imported: %n entry(ies) added to your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in it and were not added twice.</source>
        <translation>
            <numerusform>%n were already in it and were not added twice.</numerusform>
            <numerusform>%n were already in it and were not added twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) of your own</source>
        <translation>
            <numerusform>%n symptom of your own</numerusform>
            <numerusform>%n symptoms of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom score(s)</source>
        <translation>
            <numerusform>%n symptom score</numerusform>
            <numerusform>%n symptom scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation type="unfinished">
            <numerusform>%n medicine</numerusform>
            <numerusform>%n medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of medicines</source>
        <translation>
            <numerusform>%n dose of medicines</numerusform>
            <numerusform>%n doses of medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) about your goals, your cancer and your choices</source>
        <translation>
            <numerusform>%n answer about your goals, your cancer and your choices</numerusform>
            <numerusform>%n answers about your goals, your cancer and your choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s), the ESAS-r scales included</source>
        <translation>
            <numerusform>%n symptom, the ESAS-r scales included</numerusform>
            <numerusform>%n symptoms, the ESAS-r scales included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message numerus="yes">
        <source>average %1 over %n entry(s)</source>
        <translation>
            <numerusform>average %1 over %n entry</numerusform>
            <numerusform>average %1 over %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePane</name>
    <message numerus="yes">
        <source>%n question(s) planned</source>
        <translation>
            <numerusform>%n question planned</numerusform>
            <numerusform>%n questions planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-ask</source>
        <translation>
            <numerusform>%n must-ask</numerusform>
            <numerusform>%n must-ask</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnPane</name>
    <message numerus="yes">
        <source>%n result(s), best first</source>
        <translation>
            <numerusform>%n result, best first</numerusform>
            <numerusform>%n results, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by “Only what applies to me”.</source>
        <translation>
            <numerusform>%n more hidden by “Only what applies to me”.</numerusform>
            <numerusform>%n more hidden by “Only what applies to me”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), all for other kinds of cancer: clear “Only what applies to me” to see them.</source>
        <translation>
            <numerusform>%n result, all for other kinds of cancer: clear “Only what applies to me” to see them.</numerusform>
            <numerusform>%n results, all for other kinds of cancer: clear “Only what applies to me” to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) for other kinds of cancer hidden.</source>
        <translation>
            <numerusform>%n page for other kinds of cancer hidden.</numerusform>
            <numerusform>%n pages for other kinds of cancer hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n question(s) to my list</source>
        <translation>
            <numerusform>&amp;Add %n question to my list</numerusform>
            <numerusform>&amp;Add %n questions to my list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page suggests %n question(s) for your care team.</source>
        <translation>
            <numerusform>This page suggests %n question for your care team.</numerusform>
            <numerusform>This page suggests %n questions for your care team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its questions are already in your list.</source>
        <translation>
            <numerusform>%n of its questions are already in your list.</numerusform>
            <numerusform>%n of its questions are already in your list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) to your list, for your next appointment.</source>
        <translation>
            <numerusform>Added %n question to your list, for your next appointment.</numerusform>
            <numerusform>Added %n questions to your list, for your next appointment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n symptom(s) worse by %1 or more: %2</source>
        <translation>
            <numerusform>%n symptom worse by %1 or more: %2</numerusform>
            <numerusform>%n symptoms worse by %1 or more: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionFilterBar</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>%n asked</numerusform>
            <numerusform>%n asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n dropped</numerusform>
            <numerusform>%n dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-ask not asked yet</source>
        <translation>
            <numerusform>%n must-ask not asked yet</numerusform>
            <numerusform>%n must-ask not asked yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionedForm</name>
    <message numerus="yes">
        <source>%1 of %n section(s) answered</source>
        <translation>
            <numerusform>%1 of %n section answered</numerusform>
            <numerusform>%1 of %n sections answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <source>+%n more question(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n more question in MBC Desktop</numerusform>
            <numerusform>+%n more questions in MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more medicine(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n more medicine in MBC Desktop</numerusform>
            <numerusform>+%n more medicines in MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more symptom(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n more symptom in MBC Desktop</numerusform>
            <numerusform>+%n more symptoms in MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n earlier change(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n earlier change in MBC Desktop</numerusform>
            <numerusform>+%n earlier changes in MBC Desktop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <source>+%n more question(s) did not fit</source>
        <translation>
            <numerusform>+%n more question did not fit</numerusform>
            <numerusform>+%n more questions did not fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Second-opinion packet: %n page(s)</source>
        <translation>
            <numerusform>Second-opinion packet: %n page</numerusform>
            <numerusform>Second-opinion packet: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), even in the compact layout</source>
        <translation>
            <numerusform>%n page, even in the compact layout</numerusform>
            <numerusform>%n pages, even in the compact layout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more question(s)</source>
        <translation>
            <numerusform>%n more question</numerusform>
            <numerusform>%n more questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more medicine(s)</source>
        <translation>
            <numerusform>%n more medicine</numerusform>
            <numerusform>%n more medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more medicine change(s)</source>
        <translation>
            <numerusform>%n more medicine change</numerusform>
            <numerusform>%n more medicine changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more symptom(s)</source>
        <translation>
            <numerusform>%n more symptom</numerusform>
            <numerusform>%n more symptoms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n medicine</numerusform>
            <numerusform>%n medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine change(s)</source>
        <translation>
            <numerusform>%n medicine change</numerusform>
            <numerusform>%n medicine changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n symptom</numerusform>
            <numerusform>%n symptoms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved to %1 (%n page).</numerusform>
            <numerusform>Saved to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomSection</name>
    <message numerus="yes">
        <source>%n symptom(s) got worse by %1 points or more %2:</source>
        <translation>
            <numerusform>%n symptom got worse by %1 points or more %2:</numerusform>
            <numerusform>%n symptoms got worse by %1 points or more %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChartWords</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) marked: %1.</source>
        <translation>
            <numerusform>%n appointment marked: %1.</numerusform>
            <numerusform>%n appointments marked: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message numerus="yes">
        <source>%n minute(s) so far</source>
        <translation type="unfinished">
            <numerusform>%n minute so far</numerusform>
            <numerusform>%n minutes so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
