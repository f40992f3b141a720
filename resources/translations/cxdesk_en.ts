<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
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
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message numerus="yes">
        <source>%n shape(s) · saved: reports use the photo with these shapes, the original stays untouched</source>
        <translation>
            <numerusform>%n shape · saved: reports use the photo with these shapes, the original stays untouched</numerusform>
            <numerusform>%n shapes · saved: reports use the photo with these shapes, the original stays untouched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n criterion failed</numerusform>
            <numerusform>%n criteria failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) were made from this assignment; they stay, unlinked. Delete it?</source>
        <translation>
            <numerusform>%n check was made from this assignment; it stays, unlinked. Delete it?</numerusform>
            <numerusform>%n checks were made from this assignment; they stay, unlinked. Delete it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>%n critical criterion failed</numerusform>
            <numerusform>%n critical criteria failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing</source>
        <translation>
            <numerusform>%n required answer missing</numerusform>
            <numerusform>%n required answers missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required photo(s) missing</source>
        <translation>
            <numerusform>%n required photo missing</numerusform>
            <numerusform>%n required photos missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on other criteria</source>
        <translation>
            <numerusform>%n more on another criterion</numerusform>
            <numerusform>%n more on other criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Attach %n photo</numerusform>
            <numerusform>Attach %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s).</source>
        <translation>
            <numerusform>%1 was not imported: %n problem.</numerusform>
            <numerusform>%1 was not imported: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) in current versions</source>
        <translation>
            <numerusform>%n criterion in current versions</numerusform>
            <numerusform>%n criteria in current versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per subject</source>
        <translation>
            <numerusform>%n per subject</numerusform>
            <numerusform>%n per subject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>%n critical criterion failed</numerusform>
            <numerusform>%n critical criteria failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted or approved</source>
        <translation>
            <numerusform>%n submitted or approved</numerusform>
            <numerusform>%n submitted or approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a critical failure</source>
        <translation>
            <numerusform>%n with a critical failure</numerusform>
            <numerusform>%n with a critical failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>%n critical criterion failed</numerusform>
            <numerusform>%n critical criteria failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <source>Our advantages (%n)</source>
        <translation>
            <numerusform>Our advantage (%n)</numerusform>
            <numerusform>Our advantages (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our disadvantages (%n)</source>
        <translation>
            <numerusform>Our disadvantage (%n)</numerusform>
            <numerusform>Our disadvantages (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never trained</source>
        <translation>
            <numerusform>%n never trained</numerusform>
            <numerusform>%n never trained</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) or document(s)</source>
        <translation>
            <numerusform>%n recording or document</numerusform>
            <numerusform>%n recordings or documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a doubtful capture time or place</source>
        <translation>
            <numerusform>%n with a doubtful capture time or place</numerusform>
            <numerusform>%n with a doubtful capture time or place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and an index with their SHA-256 written to {0}</source>
        <translation>
            <numerusform>%n file and an index with its SHA-256 written to {0}</numerusform>
            <numerusform>%n files and an index with their SHA-256 written to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message numerus="yes">
        <source>%n bundle(s) imported; the last on {0}</source>
        <translation>
            <numerusform>%n bundle imported, on {0}</numerusform>
            <numerusform>%n bundles imported; the last on {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n check(s)</source>
        <translation>
            <numerusform>{0}: %n check</numerusform>
            <numerusform>{0}: %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new check(s)</source>
        <translation>
            <numerusform>%n new check</numerusform>
            <numerusform>%n new checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n new photo</numerusform>
            <numerusform>%n new photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s)</source>
        <translation>
            <numerusform>%n new assignment</numerusform>
            <numerusform>%n new assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated row(s)</source>
        <translation>
            <numerusform>%n updated row</numerusform>
            <numerusform>%n updated rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedPanel</name>
    <message numerus="yes">
        <source>Failed criteria (%n)</source>
        <translation>
            <numerusform>Failed criterion (%n)</numerusform>
            <numerusform>Failed criteria (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackImportJob</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDelegate</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) stored.</source>
        <translation>
            <numerusform>%n new file stored.</numerusform>
            <numerusform>%n new files stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were stored already and are linked again.</source>
        <translation>
            <numerusform>%n file was stored already and is linked again.</numerusform>
            <numerusform>%n files were stored already and are linked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
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
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapsView</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n maps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n critical failure</numerusform>
            <numerusform>%n critical failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>n = %n check(s)</source>
        <translation>
            <numerusform>n = %n check</numerusform>
            <numerusform>n = %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), nothing scored yet</source>
        <translation>
            <numerusform>%n check, nothing scored yet</numerusform>
            <numerusform>%n checks, nothing scored yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to do</source>
        <translation>
            <numerusform>%n check still to do</numerusform>
            <numerusform>%n checks still to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>Nothing was imported from %1. Fix the %n problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported from %1. Fix the problem below in the file and import it again.</numerusform>
            <numerusform>Nothing was imported from %1. Fix the %n problems below in the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message numerus="yes">
        <source>Remove «%1» with its %n check(s) and their answers? You can undo this (Edit → Undo).</source>
        <translation>
            <numerusform>Remove «%1» with its %n check and its answers? You can undo this (Edit → Undo).</numerusform>
            <numerusform>Remove «%1» with its %n checks and their answers? You can undo this (Edit → Undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
