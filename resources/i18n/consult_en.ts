<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsultationView</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message numerus="yes">
        <source>Tick each precaution and warning above once checked (%n left).</source>
        <translation>
            <numerusform>Tick the precaution or warning above once you have checked it.</numerusform>
            <numerusform>Tick each precaution and warning above once checked (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitzpatrickQuestionnaire</name>
    <message numerus="yes">
        <source>%n questions still to answer.</source>
        <translation>
            <numerusform>%n question still to answer.</numerusform>
            <numerusform>%n questions still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n other unfinished consultations wait on their patients&apos; pages.</source>
        <translation>
            <numerusform>%n other unfinished consultation waits on its patient&apos;s page.</numerusform>
            <numerusform>%n other unfinished consultations wait on their patients&apos; pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientListView</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other patients match by name, phone or birth.</source>
        <translation>
            <numerusform>%n other patient matches by name, phone or birth.</numerusform>
            <numerusform>%n other patients match by name, phone or birth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message numerus="yes">
        <source>%n open adverse events</source>
        <translation>
            <numerusform>%n open adverse event</numerusform>
            <numerusform>%n open adverse events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionRecordDialog</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresStep</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningStep</name>
    <message numerus="yes">
        <source>%n questions not answered yet.</source>
        <translation>
            <numerusform>%n question not answered yet.</numerusform>
            <numerusform>%n questions not answered yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
