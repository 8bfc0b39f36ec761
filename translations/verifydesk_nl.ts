<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>Verify Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="32"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="33"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="34"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="57"/>
        <source>No verifications yet. Every verification you run will be listed here, searchable by number, request id or brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="68"/>
        <source>No HTTP exchanges yet. Every call to the API will appear here, with secrets, tokens and PINs masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Profiles and credentials are managed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="107"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <source>Sandbox phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="129"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="132"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="133"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="136"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="137"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="140"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="141"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="144"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="145"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="148"/>
        <source>Sandbox &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="149"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="152"/>
        <source>&amp;About Verify Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="27"/>
        <source>&lt;h2&gt;Verify a phone number&lt;/h2&gt;&lt;p&gt;You are on the built-in &lt;b&gt;Sandbox&lt;/b&gt;: a simulator of the Verify API that runs inside Verify Desk at %1. Nothing you do here sends a real SMS or costs money, and every message the sandbox delivers appears on the sandbox phone at the right.&lt;/p&gt;&lt;p&gt;To work with the real API, add a profile with your KPN consumer key and secret under Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="50"/>
        <source>About Verify Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="51"/>
        <source>&lt;h3&gt;Verify Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Nexmo Verify API as sold through KPN&apos;s API Store.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="66"/>
        <source>Profile: Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="67"/>
        <source>The built-in simulator at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="68"/>
        <source>Token: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="69"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPhone</name>
    <message>
        <location filename="../ui/SandboxPhone.ui" line="12"/>
        <source>Messages and calls the sandbox delivers appear here, as the customer&apos;s phone would show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SandboxPhone.ui" line="18"/>
        <source>Delivered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SandboxPhone.ui" line="25"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SandboxPhone.cpp" line="30"/>
        <source>Call to +%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SandboxPhone.cpp" line="31"/>
        <source>SMS to +%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SandboxPhone.cpp" line="32"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SandboxPhone.cpp" line="33"/>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Verify phone numbers with the Nexmo Verify API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="43"/>
        <source>User interface language (en, nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="56"/>
        <source>Verify Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="57"/>
        <source>The built-in Sandbox could not listen on a loopback port. Check that 127.0.0.1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
