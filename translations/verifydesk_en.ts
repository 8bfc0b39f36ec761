<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryFormatter</name>
    <message numerus="yes">
        <location filename="../src/core/history/HistoryFormatter.cpp" line="+134"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message numerus="yes">
        <location filename="../src/core/history/HistoryRefresh.cpp" line="+111"/>
        <source>%n verification(s) could not be refreshed: %1</source>
        <translation>
            <numerusform>%n verification could not be refreshed: %1</numerusform>
            <numerusform>%n verifications could not be refreshed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n verification(s) ended moments ago and are not available yet: try again in a minute.</source>
        <translation>
            <numerusform>%n verification ended moments ago and is not available yet: try again in a minute.</numerusform>
            <numerusform>%n verifications ended moments ago and are not available yet: try again in a minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySettingsEditor</name>
    <message numerus="yes">
        <location filename="../src/app/settings/HistorySettingsEditor.cpp" line="+59"/>
        <location line="+45"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../src/app/history/HistoryView.cpp" line="+530"/>
        <source>Copied %n request ID(s).</source>
        <translation>
            <numerusform>Copied %n request ID.</numerusform>
            <numerusform>Copied %n request IDs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Refreshed the status of %n verification(s).</source>
        <translation>
            <numerusform>Refreshed the status of %n verification.</numerusform>
            <numerusform>Refreshed the status of %n verifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Exported %n verification(s) to %1.</source>
        <translation>
            <numerusform>Exported %n verification to %1.</numerusform>
            <numerusform>Exported %n verifications to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete all %n stored verification(s) and their events? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n stored verification and its events? This cannot be undone.</numerusform>
            <numerusform>Delete all %n stored verifications and their events? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message numerus="yes">
        <location filename="../src/app/inspector/InspectorView.cpp" line="+319"/>
        <source>Exported %n exchange(s) to %1.</source>
        <translation>
            <numerusform>Exported %n exchange to %1.</numerusform>
            <numerusform>Exported %n exchanges to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveVerification</name>
    <message numerus="yes">
        <location filename="../src/core/history/LiveVerification.cpp" line="+52"/>
        <source>sent by %1 at %2, %n min ago</source>
        <translation>
            <numerusform>sent by %1 at %2, %n min ago</numerusform>
            <numerusform>sent by %1 at %2, %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/MainWindow.cpp" line="+210"/>
        <source>%n running</source>
        <extracomment>Verifications still running, said after the name of the Verify area (&quot;Verify, 2 running&quot;).</extracomment>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <extracomment>HTTP exchanges not yet seen, said after the name of the Inspector (&quot;Inspector, 3 new&quot;).</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+471"/>
        <source>Team history unreachable: %n not yet shared</source>
        <translation>
            <numerusform>Team history unreachable: %n not yet shared</numerusform>
            <numerusform>Team history unreachable: %n not yet shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Team history: %n not yet shared</source>
        <translation>
            <numerusform>Team history: %n not yet shared</numerusform>
            <numerusform>Team history: %n not yet shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Waiting for the team history (%1 cannot be reached): %n verification(s) made here, kept on this computer and shared when Verify Desk next reaches it. Quit anyway?</source>
        <translation>
            <numerusform>Waiting for the team history (%1 cannot be reached): %n verification made here, kept on this computer and shared when Verify Desk next reaches it. Quit anyway?</numerusform>
            <numerusform>Waiting for the team history (%1 cannot be reached): %n verifications made here, kept on this computer and shared when Verify Desk next reaches it. Quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxControlPanel</name>
    <message numerus="yes">
        <location filename="../src/app/sandbox/SandboxControlPanel.cpp" line="+171"/>
        <source> call(s)</source>
        <comment>after a number of calls</comment>
        <translation>
            <numerusform> call</numerusform>
            <numerusform> calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%1 (%n more call(s))</source>
        <translation>
            <numerusform>%1 (%n more call)</numerusform>
            <numerusform>%1 (%n more calls)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message numerus="yes">
        <location filename="../src/app/settings/SettingsPanel.cpp" line="+81"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+505"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n field needs attention.</numerusform>
            <numerusform>Not saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyWizard</name>
    <message numerus="yes">
        <location filename="../src/app/verify/VerifyWizard.cpp" line="+572"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
