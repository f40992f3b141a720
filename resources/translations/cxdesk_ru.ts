<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>General (no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it should not be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n per subject</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement to see its touchpoint checklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklists yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist says, for each touchpoint, what is checked, how it should be and how it should not be, and how many checks each needs. Import a template or create one before the fieldwork starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) in current versions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement to see its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks are recorded in the field: a visit, a call, a request or a test purchase of the own company or a competitor, run against a checklist. Start one from an assignment, or import a shopper&apos;s results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted or approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a critical failure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a check to see its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cannot undo or redo</source>
        <extracomment>which broadcast topic each table belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement to see its fieldwork coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cover yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage compares the checks done of each touchpoint for each subject with the checks its checklist requires. Add subjects and a checklist whose criteria name touchpoints, then record checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 required checks done · %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals count each cell up to its requirement, so extra checks in one place do not hide missing ones in another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Service audit, Q4 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Russian interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Showroom on Leninsky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationKinds</name>
    <message>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;gagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name, or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s content with this backup? Its current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1» with all its checks, photos, findings and actions? You can undo this (Edit → Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Desk&lt;/h3&gt;&lt;p&gt;Customer-service audits and mystery shopping, offline, on the desktop: journey maps, checklists, checks with photo evidence, findings, action plans and client reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 · All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapsView</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60–79</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redesign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement (or create one) to see its customer journey maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey maps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey map lays out the stages a client goes through, the touchpoints in each, and where the client is sent next. Create one per client segment on the Engagement screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map has no stages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stages (awareness, search, purchase, experience, repeat) and their touchpoints to draw the journey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own company and competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subjects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the own company and its key competitors on the Engagement screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed critical criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>n = %n check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), nothing scored yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing required yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the required number of checks in a checklist (Checklists) to follow the fieldwork here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 required checks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The fieldwork is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a check from Checks: the touchpoints that score lowest will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No findings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record failures, strengths and best practices in Findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan what to change, with an owner and a due date, in Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An engagement is one audit of one client: its own company and competitors, journey maps, checklists, checks, findings and actions. Create one (Engagement → New engagement…) or open the sample engagement (File → Open the sample engagement…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedWorkspace</name>
    <message>
        <source>CX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed. Open another workspace or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore. The workspace&apos;s current state is backed up first, so a restore can itself be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic, on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <source>Welcome to CX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no engagement yet. Open the sample engagement to see a complete audit: a journey map, a checklist, checks of the own company and two competitors with photos, findings and an action plan. You can delete it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t offer the sample again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the sample engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample engagement could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Add segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Families buying their first car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Engagement setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with Engagement → New engagement…, then set up its subjects, locations and segments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own company and competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the own company (the client) and its key competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments are the groups of clients whose journeys are studied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showrooms, shops, websites and phone lines where checks are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove «%1» with its %n check(s) and their answers? You can undo this (Edit → Undo).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the own company (the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewStack</name>
    <message>
        <source>This screen is not available yet.</source>
        <extracomment>raise instead of showing a placeholder when a screen fails to open (screenshots)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CX Desk workspace (*.cxd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The own company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Other touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 required checks done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
