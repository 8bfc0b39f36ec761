<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="+5"/>
        <source>About Verify Desk</source>
        <translation>Over Verify Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify Desk icon</source>
        <translation>Pictogram van Verify Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop client for the Nexmo Verify API as sold through KPN&apos;s API Store, with a local sandbox of the API.</source>
        <translation>Een desktopclient voor de Nexmo Verify API zoals die via de API Store van KPN wordt verkocht, met een lokale sandbox van de API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored on this computer</source>
        <translation>Opgeslagen op deze computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings:</source>
        <translation>&amp;Instellingen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History:</source>
        <translation>&amp;Geschiedenis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets in the &amp;keychain, service:</source>
        <translation>Secrets in de &amp;wachtwoordkluis, service:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets &amp;file, without a keychain:</source>
        <translation>Secrets&amp;bestand, zonder wachtwoordkluis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consumer secret is kept in the operating system&apos;s keychain. Only when no keychain answers, and only after you accept the risk in Settings, is it written to the secrets file (readable by your user account only).</source>
        <translation>Het consumer secret wordt bewaard in de wachtwoordkluis van het besturingssysteem. Alleen als er geen wachtwoordkluis antwoordt, en pas nadat u het risico hebt geaccepteerd in Instellingen, wordt het in het secretsbestand geschreven (alleen leesbaar voor uw gebruikersaccount).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken en hun licenties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Icons: Lucide (ISC licence; those taken from Feather: MIT licence)</source>
        <translation>Pictogrammen: Lucide (ISC-licentie; de pictogrammen uit Feather: MIT-licentie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon &amp;licence…</source>
        <translation>&amp;Licentie van de pictogrammen…</translation>
    </message>
    <message>
        <location filename="../src/app/about/AboutDialog.cpp" line="+38"/>
        <location line="+4"/>
        <source>Icon licence</source>
        <translation>Licentie van de pictogrammen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Verify Desk %1</source>
        <translation>Verify Desk %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running on Qt %1, built with Qt %2.</source>
        <translation>Draait op Qt %1, gebouwd met Qt %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Public domain</source>
        <translation>Publiek domein</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../src/core/api/ApiCall.cpp" line="+8"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation (PSD2)</source>
        <translation>Betalingsbevestiging (PSD2)</translation>
    </message>
</context>
<context>
    <name>ApiConsole</name>
    <message>
        <location filename="../ui/ApiConsole.ui" line="+14"/>
        <source>&amp;Operation:</source>
        <translation>Be&amp;werking:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved ca&amp;lls:</source>
        <translation>Bewaarde aanr&amp;oepen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the saved call</source>
        <translation>Naam van de bewaarde aanroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a saved call to load it, or type a name to save the call under</source>
        <translation>Kies een bewaarde aanroep om die te laden, of typ een naam om de aanroep onder te bewaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ru&amp;n</source>
        <translation>Uitvoere&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the saved call and send it</source>
        <translation>De bewaarde aanroep laden en verzenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;call</source>
        <translation>Aanroep b&amp;ewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the operation and its ticked parameters under the name typed (never a secret or PIN)</source>
        <translation>De bewerking en de aangevinkte parameters bewaren onder de getypte naam (nooit een geheim of pincode)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For&amp;get</source>
        <translation>Verwi&amp;jderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;JSON…</source>
        <translation>E&amp;xporteren (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this profile&apos;s saved calls to a file for a colleague (without secrets)</source>
        <translation>De bewaarde aanroepen van dit profiel naar een bestand voor een collega schrijven (zonder geheimen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mporteren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P&amp;arameters (ticked ones are sent, as typed, without any check):</source>
        <translation>Parame&amp;ters (de aangevinkte worden verzonden zoals getypt, zonder enige controle):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add para&amp;meter</source>
        <translation>Rij toevoe&amp;gen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;emove parameter</source>
        <translation>Parameter verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call in progress</source>
        <translation>Aanroep bezig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;top</source>
        <translation>&amp;Afbreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the answer (a call already sent may still take effect)</source>
        <translation>Niet meer op het antwoord wachten (een al verzonden aanroep kan nog effect hebben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send</source>
        <translation>Ver&amp;zenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the answer means</source>
        <translation>Wat het antwoord betekent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Use request ID in</source>
        <translation>Request-ID gebr&amp;uiken in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Body</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer body</source>
        <translation>Inhoud van het antwoord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hea&amp;ders</source>
        <translation>&amp;Kopregels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer headers</source>
        <translation>Kopregels van het antwoord</translation>
    </message>
    <message>
        <location filename="../src/app/console/ApiConsole.cpp" line="+141"/>
        <source>Send the call</source>
        <translation>De aanroep verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the call with the selected profile (Ctrl+Return)</source>
        <translation>De aanroep verzenden met het gekozen profiel (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped: the answer is no longer awaited.</source>
        <translation>Afgebroken: er wordt niet meer op het antwoord gewacht.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name of the call</source>
        <translation>Naam van de aanroep</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a saved call first.</source>
        <translation>Kies eerst een bewaarde aanroep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>There is no saved call &quot;%1&quot; for this profile.</source>
        <translation>Er is geen bewaarde aanroep &quot;%1&quot; voor dit profiel.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>This profile&apos;s API has no such operation.</source>
        <translation>De API van dit profiel kent deze bewerking niet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; geladen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a name for the call in the box first.</source>
        <translation>Typ eerst een naam voor de aanroep in het vak.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; bewaard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &quot;%1&quot;, without the value of %2: secrets and PINs are never saved.</source>
        <translation>&quot;%1&quot; bewaard, zonder de waarde van %2: geheimen en pincodes worden nooit bewaard.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forgot &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; verwijderd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This profile has no saved calls to export.</source>
        <translation>Dit profiel heeft geen bewaarde aanroepen om te exporteren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export saved calls</source>
        <translation>Bewaarde aanroepen exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved calls exported to %2: %1.</source>
        <translation>Bewaarde aanroepen geëxporteerd naar %2: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import saved calls</source>
        <translation>Bewaarde aanroepen importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved calls imported from %2: %1.</source>
        <translation>Bewaarde aanroepen geïmporteerd uit %2: %1.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>A new access token, fetched with the profile&apos;s consumer key and secret; it is shown masked.</source>
        <translation>Een nieuw toegangstoken, opgehaald met de consumer key en het geheim van het profiel; het wordt gemaskeerd getoond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a PIN by SMS or call: on a production profile it reaches a customer and costs money.</source>
        <translation>Stuurt een pincode per sms of oproep: bij een productieprofiel bereikt die een klant en kost die geld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a PIN for a payment by SMS or call: on a production profile it reaches a customer and costs money.</source>
        <translation>Stuurt een pincode voor een betaling per sms of oproep: bij een productieprofiel bereikt die een klant en kost die geld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks the code the customer received; a wrong code uses up a try.</source>
        <translation>Controleert de code die de klant ontving; een verkeerde code kost een poging.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looks up requests: one request_id, or request_ids repeated (add a row for each).</source>
        <translation>Zoekt aanvragen op: één request_id, of herhaalde request_ids (een rij per ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cmd is cancel or trigger_next_event (which sends the next SMS or call).</source>
        <translation>cmd is cancel of trigger_next_event (dat de volgende sms of oproep verstuurt).</translation>
    </message>
    <message>
        <location line="+502"/>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send a verification request from the API console to %1.</source>
        <translation>Een verificatieaanvraag vanuit de API-console naar %1 sturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a payment confirmation (PSD2) from the API console to %1.</source>
        <translation>Een betalingsbevestiging (PSD2) vanuit de API-console naar %1 sturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger the next SMS or call of a request from the API console.</source>
        <translation>De volgende sms of oproep van een aanvraag vanuit de API-console versturen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No profile is selected.</source>
        <translation>Er is geen profiel gekozen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent.</source>
        <translation>Niet verzonden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Token received: %1 (fingerprint %2), valid for %3 s.</source>
        <translation>Token ontvangen: %1 (vingerafdruk %2), %3 s geldig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>HTTP %1 · %2 ms</source>
        <translation>HTTP %1 · %2 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answer has no Verify status.</source>
        <translation>Het antwoord heeft geen Verify-status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status 0: %1</source>
        <translation>Status 0: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status %1: %2. %3 %4</source>
        <translation>Status %1: %2. %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The API says: “%2”</source>
        <translation>%1 De API zegt: “%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="+163"/>
        <source>The call was cancelled before it finished. Nothing more will happen for it; start it again when you are ready.</source>
        <translation>De aanroep is geannuleerd voordat die klaar was. Er gebeurt verder niets mee; start hem opnieuw wanneer u zover bent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server&apos;s answer could not be understood (%1). The call may or may not have taken effect: search for the request before trying again, and show the inspector&apos;s detail to your administrator if it happens again.</source>
        <translation>Het antwoord van de server is niet te begrijpen (%1). De aanroep kan wel of niet zijn uitgevoerd: zoek de aanvraag op voordat u het opnieuw probeert, en laat de details uit de inspector aan uw beheerder zien als het nog eens gebeurt.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The server did not answer in time. Check your connection and try again; for a PIN request, search for it first, since it may have been sent.</source>
        <translation>De server antwoordde niet op tijd. Controleer uw verbinding en probeer het opnieuw; zoek bij een pincode-aanvraag eerst of die al is verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the server could not be made (%1). Check the profile&apos;s URL, the proxy and the extra certificates, then try again.</source>
        <translation>Er kon geen beveiligde verbinding met de server worden gemaakt (%1). Controleer de URL van het profiel, de proxy en de extra certificaten en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy</source>
        <translation>de proxy</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The proxy %1 could not be used (%2). Check the proxy in the profile&apos;s connection settings, then try again.</source>
        <translation>De proxy %1 kon niet worden gebruikt (%2). Controleer de proxy in de verbindingsinstellingen van het profiel en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The API key or secret is not accepted (%1). Check both in the profile&apos;s credentials.</source>
        <translation>De API-key of het API-secret wordt niet geaccepteerd (%1). Controleer beide bij de inloggegevens van het profiel.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server closed the connection before it answered (%1). The call may have reached it: for a PIN request, search for it before trying again.</source>
        <translation>De server sloot de verbinding voordat hij antwoordde (%1). De aanroep kan wel zijn aangekomen: zoek een pincode-aanvraag eerst op voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server could not be reached (%1). Check your network connection, the proxy and the profile&apos;s URL, then try again.</source>
        <translation>De server is niet bereikbaar (%1). Controleer uw netwerkverbinding, de proxy en de URL van het profiel en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The access token was refused (%1). A new token is fetched automatically; if this keeps happening, check the profile&apos;s client id and secret.</source>
        <translation>Het toegangstoken is geweigerd (%1). Er wordt automatisch een nieuw token opgehaald; blijft dit gebeuren, controleer dan de client-ID en het secret van het profiel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway does not accept this application&apos;s credentials (%1). Check the client id and secret in the profile.</source>
        <translation>De gateway accepteert de inloggegevens van deze applicatie niet (%1). Controleer de client-ID en het secret in het profiel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gateway is limiting the number of calls. Wait %1 seconds and try again.</source>
        <translation>De gateway beperkt het aantal aanroepen. Wacht %1 seconden en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway is limiting the number of calls. Wait a little and try again.</source>
        <translation>De gateway beperkt het aantal aanroepen. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway refused the call with HTTP %1 (%2). Try again later; if it persists, show the inspector&apos;s detail to your administrator.</source>
        <translation>De gateway weigerde de aanroep met HTTP %1 (%2). Probeer het later opnieuw; blijft het gebeuren, laat dan de details uit de inspector aan uw beheerder zien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client id or client secret is not accepted (%1). Check both in the profile&apos;s credentials; nothing is retried until they change.</source>
        <translation>De client-ID of het client secret wordt niet geaccepteerd (%1). Controleer beide bij de inloggegevens van het profiel; er wordt niets opnieuw geprobeerd totdat ze zijn gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service refused the request (%1: %2). Check the profile&apos;s token URL and credentials.</source>
        <translation>De tokenservice weigerde de aanvraag (%1: %2). Controleer de token-URL en de inloggegevens van het profiel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many calls were made in a short time. Wait %1 seconds and try again.</source>
        <translation>Er zijn te veel aanroepen in korte tijd gedaan. Wacht %1 seconden en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many calls were made in a short time. Wait a little and try again.</source>
        <translation>Er zijn te veel aanroepen in korte tijd gedaan. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused access (HTTP %1). Check that the profile&apos;s application may use the Verify API.</source>
        <translation>De server weigerde de toegang (HTTP %1). Controleer of de applicatie van het profiel de Verify API mag gebruiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not know this address (HTTP 404). Check the profile&apos;s API base URL.</source>
        <translation>De server kent dit adres niet (HTTP 404). Controleer de basis-URL van de API in het profiel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with an error page (HTTP %1) instead of data. The service may be down: try again in a few minutes.</source>
        <translation>De server antwoordde met een foutpagina (HTTP %1) in plaats van gegevens. De dienst is mogelijk onbereikbaar: probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again in a few minutes; for a PIN request, search for it first, since it may have been sent.</source>
        <translation>De server had een probleem (HTTP %1). Probeer het over een paar minuten opnieuw; zoek bij een pincode-aanvraag eerst of die al is verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with an error page (HTTP %1) instead of data. Check the profile&apos;s URLs and proxy.</source>
        <translation>De server antwoordde met een foutpagina (HTTP %1) in plaats van gegevens. Controleer de URL&apos;s en de proxy van het profiel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the call (HTTP %1). Check the values you entered and the profile&apos;s settings.</source>
        <translation>De server weigerde de aanroep (HTTP %1). Controleer de ingevoerde waarden en de instellingen van het profiel.</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 The server said: “%2”.</source>
        <translation>%1 De server meldde: ‘%2’.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../src/app/Appearance.cpp" line="+209"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/core/api/ConnectionSettings.cpp" line="+37"/>
        <source>The profile&apos;s manual proxy needs a host and a port between 1 and 65535. Enter both in the profile&apos;s connection settings, or choose no proxy.</source>
        <translation>De handmatige proxy van het profiel heeft een host en een poort tussen 1 en 65535 nodig. Vul beide in bij de verbindingsinstellingen van het profiel, of kies geen proxy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CA certificate file “%1” cannot be read (%2). Choose an existing PEM file in the profile&apos;s connection settings, or leave the field empty.</source>
        <translation>Het CA-certificaatbestand ‘%1’ kan niet worden gelezen (%2). Kies een bestaand PEM-bestand in de verbindingsinstellingen van het profiel, of laat het veld leeg.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The CA certificate file “%1” holds no PEM certificate. Choose a file with one or more “-----BEGIN CERTIFICATE-----” blocks (PEM), not DER or a key.</source>
        <translation>Het CA-certificaatbestand ‘%1’ bevat geen PEM-certificaat. Kies een bestand met een of meer blokken ‘-----BEGIN CERTIFICATE-----’ (PEM), geen DER-bestand of sleutel.</translation>
    </message>
</context>
<context>
    <name>CurlCommand</name>
    <message>
        <location filename="../src/core/inspector/CurlCommand.cpp" line="+239"/>
        <source># Set %1 to an access token first. Get one with the token request (copy it as cURL too), for example:</source>
        <translation># Zet %1 eerst op een toegangstoken. Vraag er een aan met de tokenaanvraag (kopieer die ook als cURL), bijvoorbeeld:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source># Set %1 to the application&apos;s client secret first (it is never copied), for example: read -rs %1 &amp;&amp; export %1</source>
        <translation># Zet %1 eerst op het client secret van de applicatie (dat wordt nooit gekopieerd), bijvoorbeeld: read -rs %1 &amp;&amp; export %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Set %1 and %2 to the account&apos;s API key and secret first (the secret is never copied), for example: read -rs %2 &amp;&amp; export %2</source>
        <translation># Zet eerst %1 en %2 op de API-key en het API-secret van het account (het secret wordt nooit gekopieerd), bijvoorbeeld: read -rs %2 &amp;&amp; export %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source># The PIN is masked: replace %1 with the code to check.</source>
        <translation># De pincode is gemaskeerd: vervang %1 door de pincode die u wilt controleren.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/app/Dialogs.cpp" line="+84"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ErrorLink</name>
    <message>
        <location filename="../src/app/verify/ErrorLink.cpp" line="+9"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the exchange in the inspector</source>
        <translation>De uitwisseling in de inspector tonen</translation>
    </message>
</context>
<context>
    <name>ExchangeFormatter</name>
    <message>
        <location filename="../src/core/inspector/ExchangeFormatter.cpp" line="+82"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business error</source>
        <translation>Functionele fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Netwerkfout</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started: %1</source>
        <translation>Gestart: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP status: none (%1)</source>
        <translation>HTTP-status: geen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1, Verify status: %2</source>
        <translation>HTTP-status: %1, Verify-status: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration: %1 ms</source>
        <translation>Duur: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profiel: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <location filename="../src/core/inspector/ExchangeListModel.cpp" line="+114"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify status</source>
        <translation>Verify-status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>HarExport</name>
    <message>
        <location filename="../src/core/inspector/HarExport.cpp" line="+152"/>
        <source>The file %1 could not be written (%2). Choose another place and try again.</source>
        <translation>Het bestand %1 kon niet worden geschreven (%2). Kies een andere locatie en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExport</name>
    <message>
        <location filename="../src/core/history/HistoryCsvExport.cpp" line="+17"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request ID</source>
        <translation>Aanvraag-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration (s)</source>
        <translation>Duur (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The history could not be exported to %1: %2</source>
        <translation>De geschiedenis kon niet worden geëxporteerd naar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the history is not available.</source>
        <translation>de geschiedenis is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <location filename="../src/core/history/HistoryEvent.cpp" line="+12"/>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code correct</source>
        <translation>Pincode juist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code wrong</source>
        <translation>Pincode onjuist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next event triggered</source>
        <translation>Volgende stap gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status refreshed</source>
        <translation>Status bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message numerus="yes">
        <location filename="../src/core/history/HistoryFormatter.cpp" line="+134"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n poging</numerusform>
            <numerusform>%n pogingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <source>Request ID: %1</source>
        <translation>Aanvraag-ID: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+98"/>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Number: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Sender: %1</source>
        <translation>Afzender: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted: %1</source>
        <translation>Ingediend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1</source>
        <translation>Afgerond: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First message: %1</source>
        <translation>Eerste bericht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message: %1</source>
        <translation>Laatste bericht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Price: %1 %2</source>
        <translation>Prijs: %1 %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+64"/>
        <source>Checks:</source>
        <translation>Controles:</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+56"/>
        <location line="+2"/>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Messages sent:</source>
        <translation>Verstuurde berichten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voice call</source>
        <translation>spraakoproep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (%2)</source>
        <translation>  %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brand: %1</source>
        <translation>Merknaam: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profiel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: %1</source>
        <translation>Referentie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1</source>
        <translation>Gestart: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1</source>
        <translation>Pogingen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last error: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options: %1</source>
        <translation>Opties: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Events:</source>
        <translation>Gebeurtenissen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last search answer:</source>
        <translation>Laatste zoekantwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (not searched yet)</source>
        <translation>  (nog niet gezocht)</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>No connection</source>
        <translation>Geen verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time</source>
        <translation>Geen antwoord op tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>Beveiligde verbinding mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP error</source>
        <translation>HTTP-fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the gateway</source>
        <translation>Geweigerd door de gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token refused</source>
        <translation>Token geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials refused</source>
        <translation>Inloggegevens geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer not understood</source>
        <translation>Antwoord niet begrepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid input</source>
        <translation>Ongeldige invoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings unusable</source>
        <translation>Verbindingsinstellingen onbruikbaar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../src/core/history/HistoryModel.cpp" line="+167"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>Aanvraag-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 · not yet shared</source>
        <translation>%1 · nog niet gedeeld</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Kept on this computer until the team history can be reached; it is shared then, by itself.</source>
        <translation>Bewaard op deze computer tot de teamgeschiedenis bereikbaar is; dan wordt het vanzelf gedeeld.</translation>
    </message>
</context>
<context>
    <name>HistoryRecord</name>
    <message>
        <location filename="../src/core/history/HistoryRecord.cpp" line="+12"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>HistoryRefresh</name>
    <message numerus="yes">
        <location filename="../src/core/history/HistoryRefresh.cpp" line="+111"/>
        <source>%n verification(s) could not be refreshed: %1</source>
        <translation>
            <numerusform>%n verificatie kon niet worden vernieuwd: %1</numerusform>
            <numerusform>%n verificaties konden niet worden vernieuwd: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n verification(s) ended moments ago and are not available yet: try again in a minute.</source>
        <translation>
            <numerusform>%n verificatie is zojuist afgelopen en nog niet beschikbaar: probeer het over een minuut opnieuw.</numerusform>
            <numerusform>%n verificaties zijn zojuist afgelopen en nog niet beschikbaar: probeer het over een minuut opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySettingsEditor</name>
    <message>
        <location filename="../ui/HistorySettingsEditor.ui" line="+7"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the history:</source>
        <translation>Geschiedenis bewaren:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the history of verifications is kept, for every profile: in a file on this computer, or in a PostgreSQL database the whole team shares, so that everyone sees who verified whom.</source>
        <translation>Waar de geschiedenis van verificaties wordt bewaard, voor alle profielen: in een bestand op deze computer, of in een PostgreSQL-database die het hele team deelt, zodat iedereen ziet wie wie heeft geverifieerd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PostgreSQL server&apos;s name or address, or the directory of its Unix socket.</source>
        <translation>De naam of het adres van de PostgreSQL-server, of de map met zijn Unix-socket.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server&apos;s port, from 1 to 65535. Left empty: 5432, PostgreSQL&apos;s own.</source>
        <translation>De poort van de server, van 1 tot en met 65535. Leeg gelaten: 5432, die van PostgreSQL zelf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database the administrator set up with verifydesk --setup-team-history. Left empty: verifydesk.</source>
        <translation>De database die de beheerder heeft ingericht met verifydesk --setup-team-history. Leeg gelaten: verifydesk.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database account this desk logs in with; it needs only the verifydesk_agent role.</source>
        <translation>Het databaseaccount waarmee deze werkplek inlogt; het heeft alleen de rol verifydesk_agent nodig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team database password</source>
        <translation>Wachtwoord van de teamdatabase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept in the keychain, never in the settings file. Left empty: the stored one, or none (the server may not ask for one).</source>
        <translation>Bewaard in de wachtwoordkluis, nooit in het instellingenbestand. Leeg gelaten: het opgeslagen wachtwoord, of geen (misschien vraagt de server er niet om).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encryption (TLS):</source>
        <translation>Versleuteling (TLS):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the connection is protected (TLS). Verifying the server&apos;s certificate and name keeps anyone in between from reading or changing the history.</source>
        <translation>Hoe de verbinding wordt beschermd (TLS). Wie het certificaat en de naam van de server controleert, voorkomt dat iemand daartussen de geschiedenis leest of wijzigt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server CA file:</source>
        <translation>CA-bestand van de server:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The system&apos;s trusted certificates</source>
        <translation>De vertrouwde certificaten van het systeem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The certificates (PEM) the server&apos;s certificate must be signed by. Left empty: those your system trusts.</source>
        <translation>De certificaten (PEM) waarmee het certificaat van de server ondertekend moet zijn. Leeg gelaten: de certificaten die uw systeem vertrouwt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the server CA file</source>
        <translation>Het CA-bestand van de server kiezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connects to the team database with the values above (saving nothing) and tells what a desk would find there.</source>
        <translation>Maakt verbinding met de teamdatabase met de waarden hierboven (zonder iets op te slaan) en vertelt wat een werkplek daar zou aantreffen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting</source>
        <translation>Bezig met verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep verifications:</source>
        <translation>Verificaties bewaren:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verifications older than this are deleted when Verify Desk starts. 0: kept forever.</source>
        <translation>Oudere verificaties worden verwijderd wanneer Verify Desk start. 0: voor altijd bewaard.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes to the history take effect when Verify Desk starts again.</source>
        <translation>Wijzigingen aan de geschiedenis gaan in wanneer Verify Desk opnieuw start.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/app/settings/HistorySettingsEditor.cpp" line="+57"/>
        <source>Server CA file</source>
        <translation>CA-bestand van de server</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/settings/HistorySettingsEditor.cpp" line="+2"/>
        <location line="+45"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared team database (PostgreSQL)</source>
        <translation>Gedeelde teamdatabase (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Certificaat en naam van de server controleren (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the server&apos;s certificate only (verify-ca)</source>
        <translation>Alleen het certificaat van de server controleren (verify-ca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt, without checking the server (require)</source>
        <translation>Versleutelen, zonder de server te controleren (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Versleutelen als de server het aanbiedt (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not encrypt (disable)</source>
        <translation>Niet versleutelen (disable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forever</source>
        <translation>Voor altijd</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>With the shared database, this applies only to this desk&apos;s outbox (what it keeps until the team database has it). How long the shared history keeps verifications is up to its administrator.</source>
        <translation>Met de gedeelde database geldt dit alleen voor de outbox van deze werkplek (wat die bewaart tot de teamdatabase het heeft). Hoe lang de gedeelde geschiedenis verificaties bewaart, bepaalt de beheerder ervan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Vul de naam of het adres van de server in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>De poort is een getal van 1 tot en met 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user this desk logs in as.</source>
        <translation>Vul de gebruiker in waarmee deze werkplek inlogt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no file %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Storing…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved, but the team database&apos;s password was not stored: %1</source>
        <translation>Opgeslagen, maar het wachtwoord van de teamdatabase is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Stored; type to replace it</source>
        <translation>Opgeslagen; typ om te vervangen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Saved; the team database&apos;s password is in the keychain.</source>
        <translation>Opgeslagen; het wachtwoord van de teamdatabase staat in de wachtwoordkluis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved; the team database&apos;s password is in a file only you can read.</source>
        <translation>Opgeslagen; het wachtwoord van de teamdatabase staat in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved; the team database&apos;s password is kept only until Verify Desk quits, so the shared history will not open when it starts again.</source>
        <translation>Opgeslagen; het wachtwoord van de teamdatabase wordt alleen bewaard totdat Verify Desk wordt afgesloten, dus de gedeelde geschiedenis gaat bij de volgende start niet open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not stored yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No keychain answers.&lt;/b&gt; The password goes to a file only you can read (not encrypted), as chosen under Credentials.</source>
        <translation>&lt;b&gt;Er antwoordt geen wachtwoordkluis.&lt;/b&gt; Het wachtwoord gaat naar een bestand dat alleen u kunt lezen (niet versleuteld), zoals gekozen onder Inloggegevens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No keychain answers.&lt;/b&gt; The password would be kept only until Verify Desk quits, so the shared history could not be opened at the next start. Start the keychain, or choose under Credentials to keep secrets in a file.</source>
        <translation>&lt;b&gt;Er antwoordt geen wachtwoordkluis.&lt;/b&gt; Het wachtwoord zou alleen worden bewaard totdat Verify Desk wordt afgesloten, zodat de gedeelde geschiedenis bij de volgende start niet kan worden geopend. Start de wachtwoordkluis, of kies onder Inloggegevens om secrets in een bestand te bewaren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Correct the marked fields first.</source>
        <translation>Verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the password…</source>
        <translation>Bezig met het lezen van het wachtwoord…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../src/core/history/SqliteHistoryDatabase.cpp" line="+228"/>
        <source>The history folder %1 cannot be created. History is not kept in this session.</source>
        <translation>De geschiedenismap %1 kan niet worden aangemaakt. In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/HistoryStore.cpp" line="+413"/>
        <source>The history file %1 is damaged and could not be moved aside. History is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 is beschadigd en kon niet opzij worden gezet. In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>The history file was damaged. It has been kept as %1 and a new, empty history was started.</source>
        <translation>Het geschiedenisbestand was beschadigd. Het is bewaard als %1 en er is een nieuwe, lege geschiedenis gestart.</translation>
    </message>
    <message>
        <location filename="../src/core/history/SqliteHistoryDatabase.cpp" line="+10"/>
        <source>The history file %1 cannot be opened (%2). History is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 kan niet worden geopend (%2). In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history file %1 cannot be read (%2). It may be in use by another copy of Verify Desk. History is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 kan niet worden gelezen (%2). Mogelijk is het in gebruik door een ander exemplaar van Verify Desk. In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history file %1 was written by a newer version of Verify Desk. It is left untouched; history is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 is geschreven door een nieuwere versie van Verify Desk. Het blijft ongewijzigd; in deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history file %1 cannot be written (%2). History is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 kan niet worden geschreven (%2). In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history file %1 cannot be prepared (%2). History is not kept in this session.</source>
        <translation>Het geschiedenisbestand %1 kan niet worden voorbereid (%2). In deze sessie wordt geen geschiedenis bijgehouden.</translation>
    </message>
    <message>
        <location filename="../src/core/history/PostgresHistoryDatabase.cpp" line="+84"/>
        <source>The team history at %1 cannot be reached (%2).</source>
        <translation>De teamgeschiedenis op %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 holds no Verify Desk team history (%2). An administrator sets it up with: verifydesk --setup-team-history</source>
        <translation>De database %1 bevat geen teamgeschiedenis van Verify Desk (%2). Een beheerder richt die in met: verifydesk --setup-team-history</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team history at %1 has an older layout (version %2; this Verify Desk needs %3). Ask its administrator to update it with: verifydesk --setup-team-history</source>
        <translation>De teamgeschiedenis op %1 heeft een oudere indeling (versie %2; deze Verify Desk heeft %3 nodig). Vraag de beheerder die bij te werken met: verifydesk --setup-team-history</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account %1 may do more in the team history than Verify Desk needs (%2). Ask its administrator for an account with only the verifydesk_agent role.</source>
        <translation>Het account %1 mag meer in de teamgeschiedenis dan Verify Desk nodig heeft (%2). Vraag de beheerder om een account met alleen de rol verifydesk_agent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team history at %1 was set up by a newer version of Verify Desk (layout %2; this one knows %3). It is shown read-only: update Verify Desk to record verifications in it.</source>
        <translation>De teamgeschiedenis op %1 is ingericht door een nieuwere versie van Verify Desk (indeling %2; deze kent %3). Ze wordt alleen-lezen getoond: werk Verify Desk bij om er verificaties in vast te leggen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A shared team history cannot be cleared from a desk. Its administrator can remove verifications; retention removes old ones.</source>
        <translation>Een gedeelde teamgeschiedenis kan niet vanaf een werkplek gewist worden. De beheerder kan verificaties verwijderen; de bewaartermijn ruimt oude op.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.ui" line="+14"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a number, request ID, brand, operator or reference</source>
        <translation>Zoek een nummer, aanvraag-ID, merknaam, operator of referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number, request ID, brand, operator or reference (Ctrl+F)</source>
        <translation>Nummer, aanvraag-ID, merknaam, operator of referentie (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the verifications whose number (however typed), request ID, brand, operator or ticket / reference contains the text</source>
        <translation>Vindt de verificaties waarvan het nummer (hoe ook getypt), de aanvraag-ID, de merknaam, de operator of het ticket / de referentie de tekst bevat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profi&amp;le:</source>
        <translation>Pro&amp;fiel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile filter</source>
        <translation>Profielfilter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fro&amp;m</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only verifications started between these two days.</source>
        <translation>Toon alleen verificaties die tussen deze twee dagen zijn gestart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy Request ID</source>
        <translation>Aanvraag-ID &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request ID of the selected verifications (Ctrl+C in the table, Ctrl+Shift+C).</source>
        <translation>Kopieer het aanvraag-ID van de geselecteerde verificaties (Ctrl+C in de tabel, Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;efresh Selection</source>
        <translation>Selectie v&amp;ernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Verify API for the current status of the selected verifications (F5).</source>
        <translation>Vraag de Verify API om de actuele status van de geselecteerde verificaties (F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh &amp;Unfinished</source>
        <translation>&amp;Onafgeronde vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the Verify API for the current status of every verification still in progress (Shift+F5).</source>
        <translation>Vraag de Verify API om de actuele status van elke verificatie die nog bezig is (Shift+F5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify A&amp;gain…</source>
        <translation>Opnieuw ver&amp;ifiëren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the verification wizard with this number, brand and options (Ctrl+Shift+R).</source>
        <translation>Open de verificatiewizard met dit nummer, deze merknaam en deze opties (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exp&amp;ort / More</source>
        <translation>E&amp;xporteren / meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a CSV file, choose its separator, or clear the history.</source>
        <translation>Exporteer naar een CSV-bestand, kies het scheidingsteken of wis de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../src/app/history/HistoryView.cpp" line="+208"/>
        <source>E&amp;xport Selection…</source>
        <translation>Selectie e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the selected verifications as a CSV file (Ctrl+E).</source>
        <translation>Sla de geselecteerde verificaties op als CSV-bestand (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;All…</source>
        <translation>&amp;Alles exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save every verification in the history as a CSV file (Ctrl+Shift+E).</source>
        <translation>Sla alle verificaties in de geschiedenis op als CSV-bestand (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>C&amp;lear History…</source>
        <translation>Geschiedenis &amp;wissen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete every stored verification, after a confirmation.</source>
        <translation>Verwijder alle opgeslagen verificaties, na bevestiging.</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.ui" line="+13"/>
        <source>Status refresh progress</source>
        <translation>Voortgang van het vernieuwen van de status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the status refresh (Esc); what was already refreshed is kept.</source>
        <translation>Stop het vernieuwen van de status (Esc); wat al is vernieuwd, blijft bewaard.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verifications</source>
        <translation>Verificaties</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show Ever&amp;ything</source>
        <translation>Alles &amp;weergeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text, status, profile and date filters.</source>
        <translation>Wis de filters op tekst, status, profiel en datum.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details of the selected verification</source>
        <translation>Details van de geselecteerde verificatie</translation>
    </message>
    <message>
        <location filename="../src/app/history/HistoryView.cpp" line="-154"/>
        <location line="+233"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Copy Request ID</source>
        <translation>Aanvraag-ID kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh Selection</source>
        <translation>Selectie vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh Unfinished</source>
        <translation>Onafgeronde vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify Again…</source>
        <translation>Opnieuw verifiëren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel Refresh</source>
        <translation>Vernieuwen annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Separate the fields of exported CSV files with this character.</source>
        <translation>Scheid de velden van geëxporteerde CSV-bestanden met dit teken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV Separator: &amp;Semicolon (;)</source>
        <translation>CSV-scheidingsteken: &amp;puntkomma (;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV Separator: &amp;Comma (,)</source>
        <translation>CSV-scheidingsteken: &amp;komma (,)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The history is not available.</source>
        <translation>De geschiedenis is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history is not available. %1</source>
        <translation>De geschiedenis is niet beschikbaar. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verifications yet. Every verification you start is kept here, so that you can look it up later.</source>
        <translation>Nog geen verificaties. Elke verificatie die u start, wordt hier bewaard, zodat u die later kunt terugzoeken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verification matches the filters.</source>
        <translation>Geen enkele verificatie voldoet aan de filters.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select a verification to see its events, checks and the last search answer.</source>
        <translation>Selecteer een verificatie om de gebeurtenissen, controles en het laatste zoekantwoord te zien.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Copied %n request ID(s).</source>
        <translation>
            <numerusform>%n aanvraag-ID gekopieerd.</numerusform>
            <numerusform>%n aanvraag-ID&apos;s gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No verification is in progress; there is nothing to refresh.</source>
        <translation>Er is geen verificatie bezig; er is niets te vernieuwen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refreshing: %v of %m</source>
        <translation>Vernieuwen: %v van %m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The status refresh could not start: there is no connection to the Verify API.</source>
        <translation>Het vernieuwen van de status kon niet starten: er is geen verbinding met de Verify API.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Refreshed the status of %n verification(s).</source>
        <translation>
            <numerusform>Status van %n verificatie vernieuwd.</numerusform>
            <numerusform>Status van %n verificaties vernieuwd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh cancelled after %1 of %2 verifications; those are kept.</source>
        <translation>Vernieuwen geannuleerd na %1 van %2 verificaties; die blijven bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refreshed %1 of %2 verifications. %3</source>
        <translation>%1 van %2 verificaties vernieuwd. %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>verifications-%1.csv</source>
        <translation>verificaties-%1.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export History</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n verification(s) to %1.</source>
        <translation>
            <numerusform>%n verificatie geëxporteerd naar %1.</numerusform>
            <numerusform>%n verificaties geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Clear History</source>
        <translation>Geschiedenis wissen</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Delete all %n stored verification(s) and their events? This cannot be undone.</source>
        <translation>
            <numerusform>De %n opgeslagen verificatie en de gebeurtenissen ervan verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Alle %n opgeslagen verificaties en hun gebeurtenissen verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be cleared. %1</source>
        <translation>De geschiedenis kon niet worden gewist. %1</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../ui/InspectorView.ui" line="+14"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint filter</source>
        <translation>Endpointfilter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome filter</source>
        <translation>Resultaatfilter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy as c&amp;URL</source>
        <translation>Kopiëren als c&amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected exchange as a cURL command (Ctrl+Shift+C). The token and the client secret are shell variables.</source>
        <translation>Kopieer de geselecteerde uitwisseling als cURL-opdracht (Ctrl+Shift+C). Het token en het client secret zijn shellvariabelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expor&amp;t Selection as HAR…</source>
        <translation>Selectie als HAR e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected exchanges as an HTTP Archive (Ctrl+E), secrets masked.</source>
        <translation>Sla de geselecteerde uitwisselingen op als HTTP Archive (Ctrl+E), met gemaskeerde secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;All as HAR…</source>
        <translation>&amp;Alles als HAR exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every exchange shown as an HTTP Archive (Ctrl+Shift+E), secrets masked.</source>
        <translation>Sla alle getoonde uitwisselingen op als HTTP Archive (Ctrl+Shift+E), met gemaskeerde secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every recorded exchange (Ctrl+L).</source>
        <translation>Vergeet alle vastgelegde uitwisselingen (Ctrl+L).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exchange summary</source>
        <translation>Samenvatting van de uitwisseling</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/app/inspector/InspectorView.cpp" line="+245"/>
        <source>Select an exchange to see its detail.</source>
        <translation>Selecteer een uitwisseling om de details te zien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Reveal PIN</source>
        <translation>Pincode &amp;tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the PIN this exchange sent. Only in the Sandbox profile.</source>
        <translation>Toon de pincode die deze uitwisseling verstuurde. Alleen in het Sandbox-profiel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Re&amp;quest</source>
        <translation>Aanvraa&amp;g</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request headers and body</source>
        <translation>Headers en body van de aanvraag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;sponse</source>
        <translation>A&amp;ntwoord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response headers and body</source>
        <translation>Headers en body van het antwoord</translation>
    </message>
    <message>
        <location filename="../src/app/inspector/InspectorView.cpp" line="-164"/>
        <location line="+6"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>Copy as cURL</source>
        <translation>Kopiëren als cURL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export selection as HAR</source>
        <translation>Selectie als HAR exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export all as HAR</source>
        <translation>Alles als HAR exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the exchanges</source>
        <translation>De uitwisselingen wissen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No exchanges yet. Calls to the API appear here.</source>
        <translation>Nog geen uitwisselingen. Aanroepen van de API verschijnen hier.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied exchange #%1 as a cURL command. Set %2 before running it.</source>
        <translation>Uitwisseling #%1 gekopieerd als cURL-opdracht. Stel %2 in voordat u die uitvoert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+9"/>
        <source>Export as HAR</source>
        <translation>Exporteren als HAR</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>HTTP Archive (*.har);;All files (*)</source>
        <translation>HTTP Archive (*.har);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n exchange(s) to %1.</source>
        <translation>
            <numerusform>%n uitwisseling geëxporteerd naar %1.</numerusform>
            <numerusform>%n uitwisselingen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveVerification</name>
    <message>
        <location filename="../src/core/history/LiveVerification.cpp" line="+46"/>
        <source>another desk</source>
        <translation>een andere werkplek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sent by %1 at %2, less than a minute ago</source>
        <translation>verstuurd door %1 om %2, minder dan een minuut geleden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sent by %1 at %2, %n min ago</source>
        <translation>
            <numerusform>verstuurd door %1 om %2, %n min geleden</numerusform>
            <numerusform>verstuurd door %1 om %2, %n min geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+9"/>
        <source>Verify Desk</source>
        <translation>Verify Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/MainWindow.cpp" line="+154"/>
        <source>Verify</source>
        <translation>Verifiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/MainWindow.cpp" line="+281"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/MainWindow.cpp" line="-35"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/MainWindow.cpp" line="+48"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/MainWindow.cpp" line="-37"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No verifications yet. Every verification you run will be listed here, searchable by number, request id or brand.</source>
        <translation>Nog geen verificaties. Elke verificatie die u uitvoert, komt hier te staan, doorzoekbaar op nummer, aanvraag-ID of merknaam.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No HTTP exchanges yet. Every call to the API will appear here, with secrets, tokens and PINs masked.</source>
        <translation>Nog geen HTTP-uitwisselingen. Elke aanroep van de API verschijnt hier, met gemaskeerde secrets, tokens en pincodes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Profiles and credentials are managed here.</source>
        <translation>Hier beheert u profielen en inloggegevens.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/app/MainWindow.cpp" line="-256"/>
        <source>Sandbox phone</source>
        <translation>Sandbox-telefoon</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/app/MainWindow.cpp" line="+1"/>
        <source>Sandbox controls</source>
        <translation>Sandbox-bediening</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New verification</source>
        <translation>&amp;Nieuwe verificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another verification; the running ones go on</source>
        <translation>Begin nog een verificatie; de lopende gaan door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/app/MainWindow.cpp" line="+628"/>
        <location line="+15"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API c&amp;onsole</source>
        <translation>API-&amp;console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>In&amp;stellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox &amp;controls</source>
        <translation>Sandbox-&amp;bediening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox &amp;phone</source>
        <translation>Sandbox-&amp;telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Verify Desk</source>
        <translation>&amp;Over Verify Desk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="-740"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>%n running</source>
        <extracomment>Verifications still running, said after the name of the Verify area (&quot;Verify, 2 running&quot;).</extracomment>
        <translation>
            <numerusform>%n bezig</numerusform>
            <numerusform>%n bezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new</source>
        <extracomment>HTTP exchanges not yet seen, said after the name of the Inspector (&quot;Inspector, 3 new&quot;).</extracomment>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>That exchange is no longer in the inspector.</source>
        <translation>Die uitwisseling staat niet meer in de inspector.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The profile they were sent with is no longer there.</source>
        <translation>Het profiel waarmee ze zijn verstuurd, bestaat niet meer.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofiel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active profile</source>
        <translation>Actief profiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch profile…</source>
        <translation>Profiel &amp;wisselen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Switch to a production profile</source>
        <translation>Overschakelen naar een productieprofiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is a production profile: every verification sends a real SMS or call to a customer and costs money. Switch to it?</source>
        <translation>&quot;%1&quot; is een productieprofiel: elke verificatie stuurt een echte sms of oproep naar een klant en kost geld. Overschakelen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Switch</source>
        <translation>&amp;Overschakelen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This uses the production profile &quot;%2&quot;: a real customer is contacted and KPN charges for it. Go ahead?</source>
        <translation>%1

Dit gebruikt het productieprofiel &quot;%2&quot;: er wordt contact opgenomen met een echte klant en KPN brengt dit in rekening. Doorgaan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sandbox: simulated API, no real messages, no cost.</source>
        <translation>Sandbox: gesimuleerde API, geen echte berichten, geen kosten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRODUCTION: %1. Every verification sends a real SMS or call and costs money.</source>
        <translation>PRODUCTIE: %1. Elke verificatie stuurt een echte sms of oproep en kost geld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile: %1 (%2)</source>
        <translation>Profiel: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The built-in simulator at %1</source>
        <translation>De ingebouwde simulator op %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Working… (%1)</source>
        <translation>Bezig… (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team history: shared</source>
        <translation>Teamgeschiedenis: gedeeld</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Team history unreachable: %n not yet shared</source>
        <translation>
            <numerusform>Teamgeschiedenis onbereikbaar: %n nog niet gedeeld</numerusform>
            <numerusform>Teamgeschiedenis onbereikbaar: %n nog niet gedeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Team history: %n not yet shared</source>
        <translation>
            <numerusform>Teamgeschiedenis: %n nog niet gedeeld</numerusform>
            <numerusform>Teamgeschiedenis: %n nog niet gedeeld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Verifications made here are kept on this computer and shared when the team history can be reached.</source>
        <translation>%1
Verificaties van deze werkplek worden op deze computer bewaard en gedeeld zodra de teamgeschiedenis bereikbaar is.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token: none needed (API key)</source>
        <translation>Token: niet nodig (API-key)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token: %1 left</source>
        <translation>Token: nog %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token: none yet</source>
        <translation>Token: nog geen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Quit Verify Desk</source>
        <translation>Verify Desk afsluiten</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Still running, and the customer may still be verified:
%1

Quit anyway? They stay in the History as in progress, where their status can be refreshed; their PINs cannot be checked after quitting.</source>
        <translation>Nog bezig, en de klant kan nog geverifieerd worden:
%1

Toch afsluiten? Ze blijven in de Geschiedenis staan als bezig, waar hun status kan worden vernieuwd; hun pincodes kunnen na het afsluiten niet meer worden gecontroleerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Waiting for the team history (%1 cannot be reached): %n verification(s) made here, kept on this computer and shared when Verify Desk next reaches it. Quit anyway?</source>
        <translation>
            <numerusform>Wacht op de teamgeschiedenis (%1 is niet bereikbaar): %n verificatie van deze werkplek, bewaard op deze computer en gedeeld zodra Verify Desk die weer bereikt. Toch afsluiten?</numerusform>
            <numerusform>Wachten op de teamgeschiedenis (%1 is niet bereikbaar): %n verificaties van deze werkplek, bewaard op deze computer en gedeeld zodra Verify Desk die weer bereikt. Toch afsluiten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Idle</source>
        <translation>Inactief</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <location filename="../src/app/ModeBar.cpp" line="+204"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut: %1</source>
        <translation>Sneltoets: %1</translation>
    </message>
</context>
<context>
    <name>NumberStep</name>
    <message>
        <location filename="../ui/NumberStep.ui" line="+26"/>
        <source>Re&amp;quest kind:</source>
        <translation>T&amp;ype aanvraag:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the message asks the customer to confirm: their number, or a payment (PSD2, the vendor&apos;s API only)</source>
        <translation>Wat het bericht de klant laat bevestigen: het nummer, of een betaling (PSD2, alleen de API van de leverancier)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Country:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country a number without an international prefix is read in</source>
        <translation>Het land waarin een nummer zonder internationaal voorvoegsel wordt gelezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone &amp;number:</source>
        <translation>Telefoon&amp;nummer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the customer says it, e.g. 06 12345678 or +32 470 12 34 56</source>
        <translation>Zoals de klant het zegt, bijv. 06 12345678 of +32 470 12 34 56</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use workflow &amp;7 (call only)</source>
        <translation>Workflow &amp;7 gebruiken (alleen oproep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call instead of texting, for this request only</source>
        <translation>Bellen in plaats van een sms, alleen voor dit verzoek</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Brand:</source>
        <translation>&amp;Merknaam:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name the customer sees in the message</source>
        <translation>De naam die de klant in het bericht ziet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pa&amp;yee:</source>
        <translation>Begunstigd&amp;e:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who the payment goes to, named in the message</source>
        <translation>Aan wie de betaling gaat; het bericht noemt deze naam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;mount:</source>
        <translation>Bedrag in e&amp;uro:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount in euros the customer confirms, named in the message</source>
        <translation>Het bedrag in euro dat de klant bevestigt; het bericht noemt het</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket / &amp;reference:</source>
        <translation>Ticket / &amp;referentie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. the support ticket&apos;s number</source>
        <translation>Optioneel, bijv. het nummer van het supportticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept with the verification in the history, where it can be searched and exported; never sent to the customer</source>
        <translation>Bewaard bij de verificatie in de geschiedenis, waar erop gezocht en het geëxporteerd kan worden; nooit naar de klant verstuurd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request &amp;options</source>
        <translation>Aanvraag&amp;opties</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Contin&amp;ue that request</source>
        <translation>&amp;Doorgaan met die aanvraag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Send PIN</source>
        <translation>Pin&amp;code versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/verify/NumberStep.cpp" line="+546"/>
        <source>Send the PIN (Ctrl+Enter)</source>
        <translation>Verstuur de pincode (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/app/verify/NumberStep.cpp" line="-452"/>
        <source>Brand length</source>
        <translation>Lengte merknaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+315"/>
        <source>Show the request options</source>
        <translation>Aanvraagopties tonen</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Send the PIN</source>
        <translation>De pincode versturen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verification (the brand in the message)</source>
        <translation>Verificatie (de merknaam in het bericht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation (PSD2)</source>
        <translation>Betalingsbevestiging (PSD2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payee length</source>
        <translation>Lengte begunstigde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In euros, e.g. %1</source>
        <translation>In euro, bijv. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount as the message names it</source>
        <translation>Bedrag zoals het bericht het noemt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not an amount</source>
        <translation>geen bedrag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>✗ Not a usable number: %1</source>
        <translation>✗ Geen bruikbaar nummer: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ Mobile number: SMS and voice calls reach it.</source>
        <translation>✓ Mobiel nummer: bereikbaar met sms en spraakoproep.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Fixed line: voice calls only, and workflow %1 only calls.</source>
        <translation>✓ Vaste lijn: alleen spraakoproepen, en workflow %1 belt alleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Fixed line: voice calls only, an SMS does not arrive. Use workflow 3 (call → call) or 7 (call only).</source>
        <translation>⚠ Vaste lijn: alleen spraakoproepen, een sms komt niet aan. Gebruik workflow 3 (oproep → oproep) of 7 (alleen oproep).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Mobile or fixed line (the number does not tell): an SMS may not arrive.</source>
        <translation>✓ Mobiel of vaste lijn (niet af te leiden uit het nummer): een sms komt mogelijk niet aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ %1 number: an SMS may not arrive; workflow 3 or 7 only calls.</source>
        <translation>⚠ Nummertype %1: een sms komt mogelijk niet aan; workflow 3 en 7 bellen alleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>International form (E.164): %1</source>
        <translation>Internationale notatie (E.164): %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“%1” is not an amount in euros: type it as %2, with at most two decimals.</source>
        <translation>“%1” is geen bedrag in euro: typ het als %2, met ten hoogste twee decimalen.</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>%1/%2, too long</source>
        <translation>%1/%2, te lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+373"/>
        <source>Hide the request options</source>
        <translation>Aanvraagopties verbergen</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../src/core/phone/PhoneNumber.cpp" line="+37"/>
        <source>Enter a phone number.</source>
        <translation>Voer een telefoonnummer in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a phone number. Use digits only, optionally starting with + and the country code.</source>
        <translation>Dit is geen telefoonnummer. Gebruik alleen cijfers, eventueel beginnend met + en de landcode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The country code is not known. Start an international number with + or 00 followed by a valid country code.</source>
        <translation>De landcode is onbekend. Begin een internationaal nummer met + of 00, gevolgd door een geldige landcode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is too short.</source>
        <translation>Dit telefoonnummer is te kort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is too long.</source>
        <translation>Dit telefoonnummer is te lang.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This phone number does not exist.</source>
        <translation>Dit telefoonnummer bestaat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an existing phone number in %1.</source>
        <translation>Dit is geen bestaand telefoonnummer in %1.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Phone numbers cannot be read: the phone-number module of Verify Desk is missing or damaged. Reinstall Verify Desk.</source>
        <translation>Telefoonnummers kunnen niet worden gelezen: de telefoonnummermodule van Verify Desk ontbreekt of is beschadigd. Installeer Verify Desk opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>landline</source>
        <translation>vaste lijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landline or mobile</source>
        <translation>vaste lijn of mobiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toll-free</source>
        <translation>gratis nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>premium rate</source>
        <translation>betaalnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared cost</source>
        <translation>gedeelde kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internet telephony (VoIP)</source>
        <translation>internettelefonie (VoIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal number</source>
        <translation>persoonlijk nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pager</source>
        <translation>pieper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company number (UAN)</source>
        <translation>bedrijfsnummer (UAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>PinRequest</name>
    <message>
        <location filename="../src/core/api/PinRequest.cpp" line="+48"/>
        <source>The phone number must be 7 to 15 digits in international form, such as 31612345678 (no spaces; a leading + is allowed).</source>
        <translation>Het telefoonnummer moet 7 tot 15 cijfers lang zijn, in internationale notatie, zoals 31612345678 (zonder spaties; een + vooraan mag).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The country must be a two-letter code such as NL, or empty.</source>
        <translation>Het land moet een code van twee letters zijn, zoals NL, of leeg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The code length must be %1 or %2 digits.</source>
        <translation>De pincodelengte moet %1 of %2 cijfers zijn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The PIN expiry must be between %1 and %2 seconds.</source>
        <translation>De geldigheid van de pincode moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wait before the next message must be between %1 and %2 seconds.</source>
        <translation>De wachttijd tot het volgende bericht moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workflow must be between %1 and %2.</source>
        <translation>De workflow moet tussen %1 en %2 liggen.</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <location filename="../ui/PinStep.ui" line="+35"/>
        <source>Request id:</source>
        <translation>Aanvraag-ID:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Copy the request id</source>
        <translation>Kopieer het aanvraag-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Timeline:</source>
        <translation>&amp;Tijdlijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages sent and expected</source>
        <translation>Verstuurde en verwachte berichten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;incode:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN the customer reads out</source>
        <translation>Pincode die de klant voorleest</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../src/app/verify/PinStep.cpp" line="+163"/>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/app/verify/PinStep.cpp" line="+1"/>
        <location line="+268"/>
        <source>C&amp;ancel request</source>
        <translation>Aanvraag &amp;annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/app/verify/PinStep.cpp" line="-267"/>
        <location line="+272"/>
        <source>Call &amp;now</source>
        <translation>&amp;Nu bellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/app/verify/PinStep.cpp" line="-270"/>
        <source>R&amp;efresh</source>
        <translation>V&amp;ernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/app/verify/PinStep.cpp" line="+1"/>
        <source>&amp;Leave…</source>
        <translation>Niet meer vol&amp;gen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following this verification here; it stays in the history</source>
        <translation>Deze verificatie hier niet langer volgen; ze blijft in de geschiedenis</translation>
    </message>
    <message>
        <location filename="../src/app/verify/PinStep.cpp" line="-68"/>
        <source>Type the digits the customer reads out, then press Enter to check them.</source>
        <translation>Typ de cijfers die de klant voorleest en druk op Enter om ze te controleren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code has %1 digits, nothing else.</source>
        <translation>De pincode heeft %1 cijfers en verder niets.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, payment of %2 to %3</source>
        <translation>%1, betaling van %2 aan %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, brand %2</source>
        <translation>%1, merk %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This verification runs on the profile &quot;%1&quot;, whichever profile is selected now.</source>
        <translation>Deze verificatie loopt via het profiel &quot;%1&quot;, welk profiel nu ook gekozen is.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 digits</source>
        <translation>%1 cijfers</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A new PIN went out by voice call at %1: ask the customer for that code.</source>
        <translation>Om %1 is een nieuwe pincode per spraakoproep verstuurd: vraag de klant om die code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new PIN went out by SMS at %1: ask the customer for that code.</source>
        <translation>Om %1 is een nieuwe pincode per sms verstuurd: vraag de klant om die code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 attempts left for this PIN.</source>
        <translation>nog %1 pogingen voor deze pincode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 attempt left for this PIN.</source>
        <translation>nog 1 poging voor deze pincode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempts left for this PIN.</source>
        <translation>geen pogingen meer voor deze pincode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✗ Wrong or expired code: the PIN was renewed, a new code went out by voice call at %1 and the codes before it no longer work; %2</source>
        <translation>✗ Onjuiste of verlopen code: de pincode is vernieuwd, om %1 is een nieuwe code per spraakoproep verstuurd en eerdere codes werken niet meer; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Wrong or expired code: the PIN was renewed, a new code went out by SMS at %1 and the codes before it no longer work; %2</source>
        <translation>✗ Onjuiste of verlopen code: de pincode is vernieuwd, om %1 is een nieuwe code per sms verstuurd en eerdere codes werken niet meer; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ Wrong code: %1</source>
        <translation>✗ Onjuiste code: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call %1 now.</source>
        <translation>%1 nu bellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the next SMS to %1 now.</source>
        <translation>De volgende sms nu naar %1 versturen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Request id %1 copied.</source>
        <translation>Aanvraag-ID %1 gekopieerd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel allowed in %1</source>
        <translation>Annuleren mogelijk over %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel allowed now</source>
        <translation>Annuleren nu mogelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel no longer possible</source>
        <translation>Annuleren niet meer mogelijk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN expires in ~%1</source>
        <translation>Pincode verloopt over ~%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next event (%1) in ~%2</source>
        <translation>Volgende stap (%1) over ~%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No more messages; the request ends in ~%1</source>
        <translation>Geen berichten meer; de aanvraag eindigt over ~%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No more messages</source>
        <translation>Geen berichten meer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>C&amp;ancel (in %1 s)</source>
        <translation>&amp;Annuleren (over %1 s)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The request has ended; its result comes from the API at about %1 and is shown then.</source>
        <translation>Het verzoek is afgelopen; de uitkomst komt rond %1 van de API en wordt dan getoond.</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+272"/>
        <source>Send &amp;next SMS now</source>
        <translation>Volgende sms &amp;nu versturen</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>PIN step</source>
        <translation>pincodestap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the PIN field</source>
        <translation>Enter in het pincodeveld</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <location filename="../src/core/verification/PriceText.cpp" line="+38"/>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, e.g. &quot;0.10 EUR&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../src/core/settings/Profile.cpp" line="+249"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+82"/>
        <source>KPN production</source>
        <translation>KPN-productie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Give the profile a name.</source>
        <translation>Geef het profiel een naam.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>The token URL is not valid: it must start with http:// or https:// and name a host.</source>
        <translation>De token-URL is ongeldig: die moet beginnen met http:// of https:// en een host bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API base URL is not valid: it must start with http:// or https:// and name a host.</source>
        <translation>De basis-URL van de API is ongeldig: die moet beginnen met http:// of https:// en een host bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client id (consumer key).</source>
        <translation>Voer de client-ID (consumer key) in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The brand can be at most %1 characters long.</source>
        <translation>De merknaam mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The country must be a two-letter code such as NL, or empty.</source>
        <translation>Het land moet een code van twee letters zijn, zoals NL, of leeg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language &quot;%1&quot; is not one the API speaks.</source>
        <translation>De taal &quot;%1&quot; wordt niet door de API ondersteund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workflow must be between %1 and %2.</source>
        <translation>De workflow moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN expiry must be between %1 and %2 seconds.</source>
        <translation>De geldigheid van de pincode moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wait before the next event must be between %1 and %2 seconds.</source>
        <translation>De wachttijd tot de volgende stap moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender id can be at most %1 characters long.</source>
        <translation>De afzender-ID mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>De time-out moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Voer de hostnaam van de proxy in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>De proxypoort moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA file &quot;%1&quot; does not exist.</source>
        <translation>Het CA-bestand &quot;%1&quot; bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Het CA-bestand &quot;%1&quot; kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Het CA-bestand &quot;%1&quot; bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Vonage (API key and secret)</source>
        <translation>Vonage (API-key en -secret)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The colour must be written as #rrggbb.</source>
        <translation>De kleur moet worden geschreven als #rrggbb.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Remove the user name and password from the token URL: credentials belong in the credential fields, where they are kept secret.</source>
        <translation>Haal de gebruikersnaam en het wachtwoord uit de token-URL: inloggegevens horen in de velden voor inloggegevens, waar ze geheim blijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the user name and password from the API base URL: credentials belong in the credential fields, where they are kept secret.</source>
        <translation>Haal de gebruikersnaam en het wachtwoord uit de basis-URL van de API: inloggegevens horen in de velden voor inloggegevens, waar ze geheim blijven.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the API key.</source>
        <translation>Voer de API-key in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The code length must be %1 or %2 digits.</source>
        <translation>De pincodelengte moet %1 of %2 cijfers zijn.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API base URL</source>
        <translation>Basis-URL van de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code length</source>
        <translation>Pincodelengte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN expiry</source>
        <translation>Geldigheid pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next event wait</source>
        <translation>Wachttijd volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender id</source>
        <translation>Afzender-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file</source>
        <translation>CA-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sandbox (built in)</source>
        <translation>Sandbox (ingebouwd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <location filename="../src/core/settings/ProfileConnection.cpp" line="+115"/>
        <source>Reading the consumer secret of &quot;%1&quot; from the keychain…</source>
        <translation>Consumer secret van &quot;%1&quot; wordt gelezen uit de wachtwoordkluis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the API secret of &quot;%1&quot; from the keychain…</source>
        <translation>API-secret van &quot;%1&quot; wordt gelezen uit de wachtwoordkluis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consumer secret is stored for &quot;%1&quot;. Enter it under Settings.</source>
        <translation>Er is geen consumer secret opgeslagen voor &quot;%1&quot;. Voer het in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API secret is stored for &quot;%1&quot;. Enter it under Settings.</source>
        <translation>Er is geen API-secret opgeslagen voor &quot;%1&quot;. Voer het in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consumer secret of &quot;%1&quot; could not be read: %2</source>
        <translation>Het consumer secret van &quot;%1&quot; kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret of &quot;%1&quot; could not be read: %2</source>
        <translation>Het API-secret van &quot;%1&quot; kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; has no API key. Enter it under Settings.</source>
        <translation>&quot;%1&quot; heeft geen API-key. Vul die in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no consumer key. Enter it under Settings.</source>
        <translation>&quot;%1&quot; heeft geen consumer key. Vul die in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no API base URL. Enter it under Settings.</source>
        <translation>&quot;%1&quot; heeft geen API-basis-URL. Vul die in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has no token or Verify URL. Enter them under Settings.</source>
        <translation>&quot;%1&quot; heeft geen token- of Verify-URL. Vul die in bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>Psd2Request</name>
    <message>
        <location filename="../src/core/api/Psd2Request.cpp" line="+29"/>
        <source>The payee must be 1 to %1 characters; the message names it as the one the payment goes to.</source>
        <translation>De begunstigde moet 1 tot %1 tekens lang zijn; het bericht noemt hem als degene aan wie de betaling gaat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount must be more than 0 and at most %1; the message names it.</source>
        <translation>Het bedrag moet meer dan 0 en ten hoogste %1 zijn; het bericht noemt het.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language “%1” is not one a payment confirmation can be sent in; choose one from the list, such as nl-nl, or leave it empty.</source>
        <translation>Een betalingsbevestiging kan niet in de taal “%1” worden verstuurd; kies er een uit de lijst, zoals nl-nl, of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>RequestOptionsEditor</name>
    <message>
        <location filename="../ui/RequestOptionsEditor.ui" line="+14"/>
        <source>Code &amp;length:</source>
        <translation>Pincodelen&amp;gte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code_length: how many digits the PIN has</source>
        <translation>code_length: hoeveel cijfers de pincode heeft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lg: the language of the message and the call</source>
        <translation>lg: de taal van het bericht en de oproep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set the &amp;timers myself</source>
        <translation>&amp;Tijden zelf instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the workflow&apos;s own timings apply.</source>
        <translation>Anders gelden de tijden van de workflow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;IN expiry:</source>
        <translation>&amp;Geldigheid pincode:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pin_expiry: how long a PIN stays valid, 60 to 3600 seconds</source>
        <translation>pin_expiry: hoe lang een pincode geldig blijft, 60 tot 3600 seconden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next event &amp;wait:</source>
        <translation>Wachtti&amp;jd volgende stap:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next_event_wait: how long Verify waits before the next message, 60 to 900 seconds</source>
        <translation>next_event_wait: hoe lang Verify wacht vóór het volgende bericht, 60 tot 900 seconden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sender &amp;id:</source>
        <translation>A&amp;fzender-ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most 11 characters; empty: the API&apos;s default</source>
        <translation>Maximaal 11 tekens; leeg: de standaard van de API</translation>
    </message>
    <message>
        <location filename="../src/app/verify/RequestOptionsEditor.cpp" line="+99"/>
        <source>Automatic (from the number)</source>
        <translation>Automatisch (op basis van het nummer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 digits</source>
        <translation>%1 cijfers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workflow %1: %2, waiting %3 after each message unless next_event_wait is set</source>
        <translation>Workflow %1: %2, met %3 wachttijd na elk bericht, tenzij next_event_wait is ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The workflow&apos;s own timings apply; the PIN stays valid %1 s.</source>
        <translation>De tijden van de workflow gelden; de pincode blijft %1 s geldig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ pin_expiry (%1 s) is not a multiple of next_event_wait (%2 s), so the API will use next_event_wait: the PIN expires after %2 s.</source>
        <translation>⚠ pin_expiry (%1 s) is geen veelvoud van next_event_wait (%2 s), dus de API gebruikt next_event_wait: de pincode verloopt na %2 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1 s and %2 s the timers are not sent: the workflow&apos;s own timings apply, and the PIN stays valid %1 s.</source>
        <translation>Bij %1 s en %2 s worden de tijden niet meegestuurd: de tijden van de workflow gelden, en de pincode blijft %1 s geldig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN stays valid %1 s; Verify waits %2 s before each next message. pin_expiry must be a multiple of next_event_wait, or the API uses next_event_wait.</source>
        <translation>De pincode blijft %1 s geldig; Verify wacht %2 s vóór elk volgend bericht. pin_expiry moet een veelvoud zijn van next_event_wait, anders gebruikt de API next_event_wait.</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../ui/ResultStep.ui" line="+62"/>
        <source>&amp;Timeline:</source>
        <translation>&amp;Tijdlijn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages sent and not sent</source>
        <translation>Verstuurde en niet-verstuurde berichten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New verification</source>
        <translation>&amp;Nieuwe verificatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same number &amp;again</source>
        <translation>Zelfde nummer &amp;opnieuw</translation>
    </message>
    <message>
        <location filename="../src/app/verify/ResultStep.cpp" line="+43"/>
        <source>Number %1, request %2 (profile %3)</source>
        <translation>Nummer %1, verzoek %2 (profiel %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price: %1</source>
        <translation>Prijs: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent cost about %1 %2</source>
        <translation>Verstuurde berichten kostten ongeveer %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price: not reported</source>
        <translation>Prijs: niet gemeld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duration: %1 min %2 s</source>
        <translation>Duur: %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration: %1 s</source>
        <translation>Duur: %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: unknown</source>
        <translation>Duur: onbekend</translation>
    </message>
</context>
<context>
    <name>SandboxControlPanel</name>
    <message>
        <location filename="../ui/SandboxControlPanel.ui" line="+12"/>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seconds to skip</source>
        <translation>Over te slaan seconden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To next event</source>
        <translation>Naar volgende stap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset Sandbox…</source>
        <translation>Sandbox opnieuw instellen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Faults for the next calls</source>
        <translation>Fouten voor de volgende aanroepen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gateway down</source>
        <translation>Gateway plat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next 3 calls get HTTP 503 and an HTML page, as a gateway that is down answers. Nothing is sent.</source>
        <translation>De volgende 3 aanroepen krijgen HTTP 503 en een HTML-pagina, zoals een gateway die plat ligt antwoordt. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slow network</source>
        <translation>Traag netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next 3 calls are answered after 8 seconds.</source>
        <translation>De volgende 3 aanroepen worden na 8 seconden beantwoord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Throttled</source>
        <translation>Afgeremd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next 4 requests are refused with status 1 (Throttled): the desk retries three times, then says so.</source>
        <translation>De volgende 4 aanvragen worden geweigerd met status 1 (Throttled): de desk probeert het drie keer opnieuw en meldt het dan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of credit</source>
        <translation>Tegoed op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next request is refused with status 9 (Partner quota exceeded).</source>
        <translation>De volgende aanvraag wordt geweigerd met status 9 (Partner quota exceeded).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token expired</source>
        <translation>Token verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every token expires before the next call: it is refused with 401 and the desk gets a new token by itself.</source>
        <translation>Elk token verloopt voor de volgende aanroep: die wordt geweigerd met 401 en de desk haalt zelf een nieuw token.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Call:</source>
        <translation>Aanroep:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault:</source>
        <translation>Fout:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seconds:</source>
        <translation>Seconden:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arm fault</source>
        <translation>Fout klaarzetten</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Armed:</source>
        <translation>Klaargezet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: every call is answered as usual.</source>
        <translation>Geen: elke aanroep wordt gewoon beantwoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Armed faults</source>
        <translation>Klaargezette fouten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disarm all</source>
        <translation>Alles uitzetten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fired:</source>
        <translation>Afgegaan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faults that fired</source>
        <translation>Fouten die afgingen</translation>
    </message>
    <message>
        <location filename="../src/app/sandbox/SandboxControlPanel.cpp" line="+223"/>
        <source>Any call</source>
        <translation>Elke aanroep</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>HTTP 500 Internal Server Error</source>
        <translation>HTTP 500 Internal Server Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP 502 Bad Gateway</source>
        <translation>HTTP 502 Bad Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP 503 Service Unavailable</source>
        <translation>HTTP 503 Service Unavailable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP 429 Too Many Requests, with Retry-After</source>
        <translation>HTTP 429 Too Many Requests, met Retry-After</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token expired (401)</source>
        <translation>Token verlopen (401)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML error page</source>
        <translation>HTML-foutpagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncated JSON</source>
        <translation>Afgekapte JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed JSON</source>
        <translation>Ongeldige JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow answer</source>
        <translation>Traag antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped connection</source>
        <translation>Verbroken verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify status</source>
        <translation>Verify-status</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> call(s)</source>
        <comment>after a number of calls</comment>
        <translation>
            <numerusform> aanroep</numerusform>
            <numerusform> aanroepen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>connection dropped</source>
        <translation>verbinding verbroken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify status %1 (%2)</source>
        <translation>Verify-status %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1 with an HTML page</source>
        <translation>HTTP %1 met een HTML-pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1, Retry-After %2 s</source>
        <translation>HTTP %1, Retry-After %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token expired</source>
        <translation>token verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON cut in half</source>
        <translation>JSON half afgekapt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON</source>
        <translation>ongeldige JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer after %1 s</source>
        <translation>antwoord na %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed answer</source>
        <translation>gewijzigd antwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 (%n more call(s))</source>
        <translation>
            <numerusform>%1 (nog %n aanroep)</numerusform>
            <numerusform>%1 (nog %n aanroepen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sandbox time %1</source>
        <translation>Sandboxtijd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox time %1, %2 h %3 min ahead</source>
        <translation>Sandboxtijd %1, %2 u %3 min vooruit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox time %1, %2 min %3 s ahead</source>
        <translation>Sandboxtijd %1, %2 min %3 s vooruit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox time %1, %2 s ahead</source>
        <translation>Sandboxtijd %1, %2 s vooruit</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reset the Sandbox</source>
        <translation>Sandbox opnieuw instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the Sandbox? Every verification it knows ends, tokens and armed faults are forgotten, and its clock keeps the time it has. Verifications running on the Sandbox profile will answer that their request is not found.</source>
        <translation>De Sandbox opnieuw instellen? Elke verificatie die hij kent eindigt, tokens en klaargezette fouten worden vergeten, en zijn klok houdt de tijd die hij heeft. Verificaties die op het Sandbox-profiel lopen, krijgen als antwoord dat hun aanvraag niet gevonden is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
    </message>
</context>
<context>
    <name>SandboxPhone</name>
    <message>
        <location filename="../ui/SandboxPhone.ui" line="+12"/>
        <source>Messages and calls the sandbox delivers appear here, as the customer&apos;s phone would show them.</source>
        <translation>Berichten en oproepen die de sandbox aflevert, verschijnen hier zoals de telefoon van de klant ze zou tonen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered messages</source>
        <translation>Afgeleverde berichten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;kip 30 s</source>
        <translation>30 s &amp;vooruit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip to ne&amp;xt event</source>
        <translation>Naar volgende &amp;stap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../src/app/SandboxPhone.cpp" line="+166"/>
        <source>S&amp;kip %1 s</source>
        <translation>%1 s &amp;vooruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the sandbox&apos;s clock on by %1 seconds: messages that fall due are delivered</source>
        <translation>Zet de klok van de sandbox %1 seconden vooruit: berichten die dan aan de beurt zijn, worden afgeleverd</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Call to +%1 at %2
Call: %3</source>
        <translation>Oproep naar +%1 om %2
Oproep: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS to +%1 at %2
From: %3
%4</source>
        <translation>Sms naar +%1 om %2
Van: %3
%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS to +%1 at %2
%3</source>
        <translation>Sms naar +%1 om %2
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request %1</source>
        <translation>Aanvraag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To +%1</source>
        <translation>Naar +%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to +%2</source>
        <translation>Van %1 naar +%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move the sandbox&apos;s clock on to the next message (in %1 s)</source>
        <translation>Zet de klok van de sandbox vooruit tot het volgende bericht (over %1 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message is scheduled</source>
        <translation>Er is geen bericht gepland</translation>
    </message>
</context>
<context>
    <name>SavedCalls</name>
    <message>
        <location filename="../src/core/api/SavedCalls.cpp" line="+44"/>
        <source>it has no list of calls</source>
        <translation>het heeft geen lijst van aanroepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has more than %1 calls</source>
        <translation>het heeft meer dan %1 aanroepen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call %1 has no name</source>
        <translation>aanroep %1 heeft geen naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call %1 has no known operation</source>
        <translation>aanroep %1 heeft geen bekende bewerking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>call %1 has no list of parameters</source>
        <translation>aanroep %1 heeft geen lijst van parameters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a parameter of call %1 is not a name and a value</source>
        <translation>een parameter van aanroep %1 is geen naam met een waarde</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The saved calls in %1 cannot be read (%2); the file was kept as %3.</source>
        <translation>De bewaarde aanroepen in %1 kunnen niet worden gelezen (%2); het bestand is bewaard als %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not JSON</source>
        <translation>het is geen JSON</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A saved call needs a name.</source>
        <translation>Een bewaarde aanroep heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A profile keeps at most %1 saved calls.</source>
        <translation>Een profiel bewaart hoogstens %1 aanroepen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+50"/>
        <source>The saved calls cannot be written to %1 (%2).</source>
        <translation>De bewaarde aanroepen kunnen niet naar %1 worden geschreven (%2).</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+37"/>
        <source>The file is too large to be a set of saved calls.</source>
        <translation>Het bestand is te groot voor een set bewaarde aanroepen.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The file is not a set of saved calls: it is not JSON (%1).</source>
        <translation>Het bestand is geen set bewaarde aanroepen: het is geen JSON (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>geen object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a set of saved calls of Verify Desk.</source>
        <translation>Het bestand is geen set bewaarde aanroepen van Verify Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s saved calls are of another version of Verify Desk (%1).</source>
        <translation>De bewaarde aanroepen in het bestand zijn van een andere versie van Verify Desk (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s saved calls cannot be used: %1.</source>
        <translation>De bewaarde aanroepen in het bestand zijn niet bruikbaar: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kan niet worden gelezen (%2).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/core/settings/SecretStore.cpp" line="+64"/>
        <source>The secret will be stored unencrypted in a file that only your user account can read. Anyone who can log in as you, or who gets hold of a backup of your files, can read it.</source>
        <translation>Het secret wordt onversleuteld opgeslagen in een bestand dat alleen uw gebruikersaccount kan lezen. Iedereen die als u kan inloggen of een back-up van uw bestanden in handen krijgt, kan het lezen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No profile was given for the secret.</source>
        <translation>Er is geen profiel opgegeven voor het secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret is empty; to forget a secret, remove it.</source>
        <translation>Het secret is leeg; verwijder een secret als u het wilt vergeten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no answer within %1 seconds</source>
        <translation>geen antwoord binnen %1 seconden</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+19"/>
        <source>The secret could not be saved in the keychain: %1</source>
        <translation>Het secret kon niet worden opgeslagen in de wachtwoordkluis: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The secret could not be read from the keychain: %1</source>
        <translation>Het secret kon niet worden gelezen uit de wachtwoordkluis: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret could not be removed from the keychain: %1</source>
        <translation>Het secret kon niet worden verwijderd uit de wachtwoordkluis: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain refused access (%1). Until it allows it, the secret can be kept in memory for this session only, or stored in a file only you can read.</source>
        <translation>De wachtwoordkluis weigerde de toegang (%1). Zolang dat zo blijft, kan het secret alleen voor deze sessie in het geheugen worden bewaard, of worden opgeslagen in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain cannot be used (%1). On Linux this needs a Secret Service, such as GNOME Keyring or KWallet, on the session D-Bus. Until one answers, the secret can be kept in memory for this session only, or stored in a file only you can read.</source>
        <translation>De wachtwoordkluis van het systeem kan niet worden gebruikt (%1). Op Linux is daarvoor een Secret Service nodig, zoals GNOME Keyring of KWallet, op de sessie-D-Bus. Zolang die niet antwoordt, kan het secret alleen voor deze sessie in het geheugen worden bewaard, of worden opgeslagen in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The keychain is unavailable and storing the secret in a file was not accepted; it was not saved.</source>
        <translation>De wachtwoordkluis is niet beschikbaar en opslaan van het secret in een bestand is niet geaccepteerd; het is niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The secrets file &quot;%1&quot; cannot be read: %2</source>
        <translation>Het secretsbestand &quot;%1&quot; kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secrets file &quot;%1&quot; is damaged.</source>
        <translation>Het secretsbestand &quot;%1&quot; is beschadigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>De map &quot;%1&quot; kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets file &quot;%1&quot; cannot be created: %2</source>
        <translation>Het secretsbestand &quot;%1&quot; kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secrets file &quot;%1&quot; cannot be made private: %2</source>
        <translation>Het secretsbestand &quot;%1&quot; kan niet afgeschermd worden voor anderen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The secrets file &quot;%1&quot; cannot be written: %2</source>
        <translation>Het secretsbestand &quot;%1&quot; kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The secrets file &quot;%1&quot; cannot be removed.</source>
        <translation>Het secretsbestand &quot;%1&quot; kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/core/settings/Settings.cpp" line="+152"/>
        <source>The settings file &quot;%1&quot; could not be read.</source>
        <translation>Het instellingenbestand &quot;%1&quot; kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file &quot;%1&quot; is damaged or not a Verify Desk settings file.</source>
        <translation>Het instellingenbestand &quot;%1&quot; is beschadigd of is geen instellingenbestand van Verify Desk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings file &quot;%1&quot; comes from an older version of Verify Desk.</source>
        <translation>Het instellingenbestand &quot;%1&quot; komt van een oudere versie van Verify Desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file &quot;%1&quot; comes from a newer version of Verify Desk.</source>
        <translation>Het instellingenbestand &quot;%1&quot; komt van een nieuwere versie van Verify Desk.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Some saved profiles could not be read and were left out: %1</source>
        <translation>Sommige opgeslagen profielen konden niet worden gelezen en zijn weggelaten: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 The default settings are used; the old file was kept as &quot;%2&quot;.</source>
        <translation>%1 De standaardinstellingen worden gebruikt; het oude bestand is bewaard als &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The default settings are used.</source>
        <translation>%1 De standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>entry %1 has no id or an unknown kind</source>
        <translation>item %1 heeft geen ID of een onbekend soort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 repeats the id &quot;%2&quot;</source>
        <translation>item %1 herhaalt het ID &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 claims to be the Sandbox</source>
        <translation>item %1 doet zich voor als de Sandbox</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The profile has no id.</source>
        <translation>Het profiel heeft geen ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>There is only one Sandbox profile.</source>
        <translation>Er is maar één Sandbox-profiel.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A profile with the id &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een profiel met het ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Er bestaat al een profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+25"/>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Er is geen profiel met het ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Sandbox profile cannot be deleted.</source>
        <translation>Het Sandbox-profiel kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/SettingsPanel.ui" line="+20"/>
        <source>P&amp;rofiles:</source>
        <translation>P&amp;rofielen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Interfacetaal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeara&amp;nce:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours, or those of your desktop. Changes at once.</source>
        <translation>Lichte of donkere kleuren, of die van uw bureaublad. Wordt direct toegepast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator name for re&amp;quests:</source>
        <translation>Operatornaam, &amp;zichtbaar in de geschiedenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as the history records it with each verification you send, so that the team sees who verified whom. Left empty: the full name of your computer account.</source>
        <translation>Uw naam zoals de geschiedenis die vastlegt bij elke verificatie die u verstuurt, zodat het team ziet wie wie heeft geverifieerd. Leeg: de volledige naam van uw computeraccount.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;oken URL:</source>
        <translation>To&amp;ken-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://api-prd.kpn.com/oauth/client_credential/accesstoken?grant_type=client_credentials</source>
        <translation>https://api-prd.kpn.com/oauth/client_credential/accesstoken?grant_type=client_credentials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verif&amp;y URL:</source>
        <translation>Veri&amp;fy-URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://api-prd.kpn.com/communication/nexmo/verify</source>
        <translation>https://api-prd.kpn.com/communication/nexmo/verify</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prod&amp;uction profile</source>
        <translation>Prod&amp;uctieprofiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask before every SMS or call: on production they reach real customers and cost money.</source>
        <translation>Vraag bevestiging vóór elke sms of oproep: in productie bereiken ze echte klanten en kosten ze geld.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials</source>
        <translation>Inloggegevens</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="+334"/>
        <source>Co&amp;nsumer key:</source>
        <translation>Consumer ke&amp;y:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="+1"/>
        <source>&amp;Consumer secret:</source>
        <translation>&amp;Consumer secret:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="+1"/>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="-193"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="+164"/>
        <source>Show the consumer secret</source>
        <translation>Consumer secret tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No &amp;60 s wait for search</source>
        <translation>Geen &amp;60 s wachten bij zoeken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search answers at once after completion (no 60 s wait). The real API answers a search with status 101 for a minute after a verification completes, and so does the Sandbox while this is off. Changes at once.</source>
        <translation>Zoeken antwoordt direct na afloop (geen wachttijd van 60 s). De echte API beantwoordt een zoekopdracht tot een minuut na afloop van een verificatie met status 101, en de Sandbox ook zolang dit uit staat. Wordt direct toegepast.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the new profile is for: fills in the endpoints of that kind. Only chosen when the profile is added.</source>
        <translation>Waar het nieuwe profiel voor is: vult de endpoints van die soort in. Wordt alleen gekozen bij het toevoegen van het profiel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The way the API is sold: KPN&apos;s (an OAuth token from the token URL) or the vendor&apos;s (the API key and secret with every call).</source>
        <translation>Hoe de API wordt verkocht: door KPN (een OAuth-token van de token-URL) of door de leverancier zelf (de API-key en het API-secret bij elke aanroep).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speak as:</source>
        <translation>Spreekt als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the secret in memory for this session only</source>
        <translation>Het secret alleen voor deze sessie in het geheugen bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the secret in a file only I can read (not encrypted)</source>
        <translation>Het secret opslaan in een bestand dat alleen ik kan lezen (niet versleuteld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>V&amp;erbinding testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request defaults</source>
        <translation>Standaardwaarden voor aanvragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Brand:</source>
        <translation>&amp;Merknaam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countr&amp;y:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NL</source>
        <translation>NL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ti&amp;meout:</source>
        <translation>T&amp;ime-out:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pr&amp;oxy:</source>
        <translation>Prox&amp;y:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy host:</source>
        <translation>Proxyhost:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy port:</source>
        <translation>Proxypoort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA fi&amp;le:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rev&amp;ert</source>
        <translation>Herstelle&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsPanel.cpp" line="-266"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Paars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey</source>
        <translation>Grijs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Red: production profiles are always red</source>
        <translation>Rood: productieprofielen zijn altijd rood</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+456"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+456"/>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>De wijzigingen in &quot;%1&quot; negeren?</translation>
    </message>
    <message>
        <location line="-455"/>
        <location line="+456"/>
        <source>Discard</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Changes reverted.</source>
        <translation>Wijzigingen teruggezet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Hide the consumer secret</source>
        <translation>Consumer secret verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the API secret</source>
        <translation>API-secret verbergen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the API secret</source>
        <translation>API-secret tonen</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>CA certificates</source>
        <translation>CA-certificaten</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Workstation: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The interface language changes the next time Verify Desk starts.</source>
        <translation>De interfacetaal verandert de volgende keer dat Verify Desk start.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>System settings</source>
        <translation>Systeeminstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KPN (OAuth)</source>
        <translation>KPN (OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage (API key)</source>
        <translation>Vonage (API-key)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>API key:</source>
        <translation>API-key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API se&amp;cret:</source>
        <translation>API-se&amp;cret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>API-secret</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Production: every SMS and call reaches a customer and costs money.</source>
        <translation>Productie: elke sms en oproep bereikt een klant en kost geld.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The built-in Sandbox simulates the API inside Verify Desk: no account, no cost, no real messages. Its endpoints and credentials are its own.</source>
        <translation>De ingebouwde Sandbox simuleert de API binnen Verify Desk: geen account, geen kosten, geen echte berichten. De endpoints en inloggegevens zijn van de Sandbox zelf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 profile.</source>
        <translation>Soort profiel: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not needed for the Sandbox</source>
        <translation>Niet nodig voor de Sandbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+182"/>
        <source>Stored; type to replace it</source>
        <translation>Opgeslagen; typ om te vervangen</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Not stored yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location line="+140"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Niet opgeslagen: %n veld vraagt aandacht.</numerusform>
            <numerusform>Niet opgeslagen: %n velden vragen aandacht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. Storing the consumer secret…</source>
        <translation>Opgeslagen. Het consumer secret wordt opgeslagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Storing the API secret…</source>
        <translation>Opgeslagen. Het API-secret wordt opgeslagen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved, but the consumer secret was not stored: %1</source>
        <translation>Opgeslagen, maar het consumer secret is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved, but the API secret was not stored: %1</source>
        <translation>Opgeslagen, maar het API-secret is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved; the consumer secret is in the keychain.</source>
        <translation>Opgeslagen; het consumer secret staat in de wachtwoordkluis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved; the API secret is in the keychain.</source>
        <translation>Opgeslagen; het API-secret staat in de wachtwoordkluis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the consumer secret is in a file only you can read.</source>
        <translation>Opgeslagen; het consumer secret staat in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the API secret is in a file only you can read.</source>
        <translation>Opgeslagen; het API-secret staat in een bestand dat alleen u kunt lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the consumer secret is kept until Verify Desk quits.</source>
        <translation>Opgeslagen; het consumer secret wordt bewaard totdat Verify Desk wordt afgesloten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; the API secret is kept until Verify Desk quits.</source>
        <translation>Opgeslagen; het API-secret wordt bewaard totdat Verify Desk wordt afgesloten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New profile %1</source>
        <translation>Nieuw profiel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in the endpoints and credentials, then save.</source>
        <translation>Vul de endpoints en inloggegevens in en sla daarna op.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; and its stored consumer secret?</source>
        <translation>Het profiel &quot;%1&quot; en het opgeslagen consumer secret verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot; and its stored API secret?</source>
        <translation>Het profiel &quot;%1&quot; en het opgeslagen API-secret verwijderen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted: %1</source>
        <translation>Niet verwijderd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile deleted.</source>
        <translation>Profiel verwijderd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Correct the marked fields first.</source>
        <translation>Verbeter eerst de gemarkeerde velden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Enter the consumer secret first.</source>
        <translation>Voer eerst het consumer secret in.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Enter the API secret first.</source>
        <translation>Voer eerst het API-secret in.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reading the consumer secret…</source>
        <translation>Consumer secret wordt gelezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the API secret…</source>
        <translation>API-secret wordt gelezen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+25"/>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Connected: a token was issued, valid for %1.</source>
        <translation>Verbonden: er is een token uitgegeven, geldig voor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: a token was issued, valid for %1, for the products: %2.</source>
        <translation>Verbonden: er is een token uitgegeven, geldig voor %1, voor de producten: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected: the API key and secret were accepted.</source>
        <translation>Verbonden: de API-key en het API-secret zijn geaccepteerd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;No keychain answers.&lt;/b&gt; %1 Choose where the consumer secret goes:</source>
        <translation>&lt;b&gt;Er antwoordt geen wachtwoordkluis.&lt;/b&gt; %1 Kies waar het consumer secret wordt bewaard:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store the secret in a file?</source>
        <translation>Het secret in een bestand opslaan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store in a file</source>
        <translation>In een bestand opslaan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.ui" line="+5"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every shortcut of Verify Desk. Underlined letters in labels, buttons and menus work with Alt; Tab moves between fields.</source>
        <translation>Alle sneltoetsen van Verify Desk. Onderstreepte letters in labels, knoppen en menu&apos;s werken met Alt; Tab gaat naar het volgende veld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a shortcut</source>
        <translation>Een sneltoets zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location filename="../src/app/about/ShortcutsDialog.cpp" line="+114"/>
        <location line="+101"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+40"/>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>TeamConnectionTest</name>
    <message>
        <location filename="../src/app/settings/TeamConnectionTest.cpp" line="+55"/>
        <source>Connected: team history layout %1, account has only what it needs.</source>
        <translation>Verbonden: teamgeschiedenis met indeling %1, het account heeft alleen wat het nodig heeft.</translation>
    </message>
</context>
<context>
    <name>TeamHistorySetup</name>
    <message>
        <location filename="../src/core/history/TeamHistorySetup.cpp" line="+67"/>
        <source>Cannot read the schema version: %1</source>
        <translation>De versie van het schema is niet te lezen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team history has layout %1, newer than this Verify Desk knows (%2). Nothing was changed.</source>
        <translation>De teamgeschiedenis heeft indeling %1, nieuwer dan deze Verify Desk kent (%2). Er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed, nothing of it was kept: %2</source>
        <translation>%1 is mislukt, er is niets van bewaard: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: layout %2 set up.</source>
        <translation>%1: indeling %2 ingericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team history is up to date (layout %1).</source>
        <translation>De teamgeschiedenis is bijgewerkt (indeling %1).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Geen verbinding met %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamHistoryStore</name>
    <message>
        <location filename="../src/core/history/TeamHistoryStore.cpp" line="+96"/>
        <source>The outbox %1 of the team history cannot be prepared (%2). History is not kept in this session.</source>
        <translation>Het postvak-uit %1 van de teamgeschiedenis kan niet worden voorbereid (%2). De geschiedenis wordt in deze sessie niet bijgehouden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 Verifications made here are kept on this computer and shared when it can be reached again.</source>
        <translation>%1 Verificaties van deze werkplek worden op deze computer bewaard en gedeeld zodra die weer bereikbaar is.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+43"/>
        <source>The team history at %1 cannot be reached (%2).</source>
        <translation>De teamgeschiedenis op %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
</context>
<context>
    <name>TicketReference</name>
    <message>
        <location filename="../src/core/history/TicketReference.cpp" line="+16"/>
        <source>A ticket or reference cannot contain tabs, line breaks or other control characters.</source>
        <translation>Een ticket of referentie mag geen tabs, regeleinden of andere stuurtekens bevatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ticket or reference has at most %1 characters; this one has %2.</source>
        <translation>Een ticket of referentie heeft hoogstens %1 tekens; deze heeft er %2.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../src/app/verify/Timeline.cpp" line="+48"/>
        <source>Sent when asked for</source>
        <translation>Verstuurd op verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent at %2 (asked for)</source>
        <translation>%1 verstuurd om %2 (op verzoek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 sent at about %2</source>
        <translation>%1 verstuurd rond %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent at %2</source>
        <translation>%1 verstuurd om %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+1"/>
        <source>%1, with a new PIN</source>
        <translation>%1, met een nieuwe pincode</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+25"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 planned for about %2</source>
        <translation>%1 gepland rond %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected in ~%1</source>
        <translation>Verwacht over ~%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expected at about %2, in %3</source>
        <translation>%1 verwacht rond %2, over %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected now</source>
        <translation>Elk moment verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expected at about %2, due now</source>
        <translation>%1 verwacht rond %2, elk moment nu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request ends</source>
        <translation>Aanvraag eindigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>De code is verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ended at about %1, the code has expired</source>
        <translation>Aanvraag geëindigd rond %1, de code is verlopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code expires in ~%1</source>
        <translation>De code verloopt over ~%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ends at about %1, the code expires in %2</source>
        <translation>Aanvraag eindigt rond %1, de code verloopt over %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code expires then</source>
        <translation>De code verloopt dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ends at about %1, the code expires then</source>
        <translation>Aanvraag eindigt rond %1, de code verloopt dan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not sent</source>
        <translation>%1 niet verstuurd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The code was right</source>
        <translation>De code was juist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Three wrong codes for one PIN</source>
        <translation>Drie onjuiste codes voor één pincode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code no longer works</source>
        <translation>De code werkt niet meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No right code in time</source>
        <translation>Geen juiste code op tijd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2: %3</source>
        <translation>%1 om %2: %3</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <location filename="../src/core/api/TokenClient.cpp" line="+208"/>
        <source>The profile has no token URL, client id or client secret. Enter them in the profile&apos;s credentials.</source>
        <translation>Het profiel heeft geen token-URL, client-ID of client secret. Vul deze in bij de inloggegevens van het profiel.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>no access_token or expires_in in the token answer</source>
        <translation>geen access_token of expires_in in het tokenantwoord</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../src/app/verify/Verification.cpp" line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>VerificationSession</name>
    <message>
        <location filename="../src/core/verification/VerificationSession.cpp" line="+135"/>
        <source>Waiting for the server&apos;s answer to the previous call</source>
        <translation>Wachten op het antwoord van de server op de vorige aanroep</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No request has been sent yet</source>
        <translation>Er is nog geen aanvraag verstuurd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No verification is running</source>
        <translation>Er loopt geen verificatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This verification has ended: %1</source>
        <translation>Deze verificatie is afgelopen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A verification is already running: check its code, cancel it or wait until it ends</source>
        <translation>Er loopt al een verificatie: controleer de pincode, annuleer de verificatie of wacht tot die is afgelopen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is unknown whether the first request went out. If it did, sending again sends no second message: the API answers with the running request, which you can then continue.</source>
        <translation>Het is onbekend of de eerste aanvraag is verstuurd. Als dat zo is, stuurt opnieuw versturen geen tweede bericht: de API antwoordt met de lopende aanvraag, waarmee u dan verder kunt gaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A request for this number is still running: continue it, or send again once it has ended.</source>
        <translation>Er loopt nog een aanvraag voor dit nummer: ga daarmee verder, of verstuur opnieuw zodra die is afgelopen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No attempts left for this PIN</source>
        <translation>Geen pogingen meer over voor deze pincode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel is no longer possible: the second message has gone out</source>
        <translation>Annuleren kan niet meer: het tweede bericht is verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel is possible from 30 s after the request</source>
        <translation>Annuleren kan vanaf 30 s na de aanvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more events left</source>
        <translation>Geen volgende stappen meer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No request id is known to search for: continue the request by its id, or send again</source>
        <translation>Er is geen aanvraag-ID bekend om naar te zoeken: ga verder met de aanvraag via het ID, of verstuur opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to refresh: no request has been sent yet</source>
        <translation>Niets te vernieuwen: er is nog geen aanvraag verstuurd</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>This session already follows request %1</source>
        <translation>Deze sessie volgt al aanvraag %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Enter the code the customer reads out</source>
        <translation>Voer de pincode in die de klant voorleest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code has digits only</source>
        <translation>De pincode bestaat alleen uit cijfers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has %1 digits</source>
        <translation>De pincode heeft %1 cijfers</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Not started</source>
        <translation>Niet gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the PIN</source>
        <translation>Pincode wordt verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the code</source>
        <translation>Wachten op de pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: too many wrong codes</source>
        <translation>Mislukt: te veel verkeerde pincodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started: an error</source>
        <translation>Niet gestart: er is een fout opgetreden</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The code has %1 or %2 digits</source>
        <translation>De pincode heeft %1 of %2 cijfers</translation>
    </message>
    <message>
        <location line="+539"/>
        <source>The request has just ended: its result is not available yet. Try again in a minute.</source>
        <translation>De aanvraag is zojuist afgelopen: de uitkomst is nog niet beschikbaar. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Enter the number and send a PIN.</source>
        <translation>Voer het nummer in en verstuur een pincode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the PIN…</source>
        <translation>Pincode wordt verstuurd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the code the customer reads out: %1 of %2 attempts left for this PIN.</source>
        <translation>Wachten op de pincode die de klant voorleest: nog %1 van %2 pogingen voor deze pincode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified: the code was correct.</source>
        <translation>Geverifieerd: de pincode was juist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: a wrong code was entered three times for the same PIN. Send a new request to try again.</source>
        <translation>Mislukt: er is drie keer een verkeerde pincode ingevoerd voor dezelfde pincode-aanvraag. Verstuur een nieuwe aanvraag om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the customer&apos;s code no longer works.</source>
        <translation>Geannuleerd: de pincode van de klant werkt niet meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired: no correct code arrived in time. Send a new request to try again.</source>
        <translation>Verlopen: er is niet op tijd een juiste pincode ingevoerd. Verstuur een nieuwe aanvraag om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is unknown whether the request was sent (%1). Continue it by its request id if you know it; sending again sends no second message while the first one runs.</source>
        <translation>Het is onbekend of de aanvraag is verstuurd (%1). Ga verder via het aanvraag-ID als u dat weet; opnieuw versturen stuurt geen tweede bericht zolang de eerste aanvraag loopt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A verification for this number is already running (request %1). Continue it, or wait until it ends.</source>
        <translation>Er loopt al een verificatie voor dit nummer (aanvraag %1). Ga daarmee verder, of wacht tot die is afgelopen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No request with that id is known: check the id, or send a new request.</source>
        <translation>Er is geen aanvraag met dat ID bekend: controleer het ID, of verstuur een nieuwe aanvraag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request was not sent: %1</source>
        <translation>De aanvraag is niet verstuurd: %1</translation>
    </message>
</context>
<context>
    <name>VerifyClient</name>
    <message>
        <location filename="../src/core/api/RawAnswer.cpp" line="+34"/>
        <location filename="../src/core/api/VerifyClient.cpp" line="+313"/>
        <source>the answer is not a JSON object</source>
        <translation>het antwoord is geen JSON-object</translation>
    </message>
    <message>
        <location filename="../src/core/api/VerifyClient.cpp" line="+3"/>
        <location line="+20"/>
        <source>no status in the answer</source>
        <translation>geen status in het antwoord</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no request_id in the answer</source>
        <translation>geen request_id in het antwoord</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This profile&apos;s API has no payment confirmation (PSD2): only the vendor&apos;s API (a Vonage profile) offers it.</source>
        <translation>De API van dit profiel kent geen betalingsbevestiging (PSD2): alleen de API van de leverancier (een Vonage-profiel) biedt die.</translation>
    </message>
</context>
<context>
    <name>VerifyRequest</name>
    <message>
        <location filename="../src/core/api/VerifyRequest.cpp" line="+23"/>
        <source>The brand must be 1 to %1 characters; it is shown in the message.</source>
        <translation>De merknaam moet 1 tot %1 tekens lang zijn; die staat in het bericht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sender id must be at most %1 characters.</source>
        <translation>De afzender-ID mag maximaal %1 tekens lang zijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language “%1” is not one the Verify service offers; choose one from the list, such as nl-nl, or leave it empty.</source>
        <translation>De taal ‘%1’ wordt niet door de Verify-dienst aangeboden; kies een taal uit de lijst, zoals nl-nl, of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>VerifyStatus</name>
    <message>
        <location filename="../src/core/api/VerifyStatus.cpp" line="+29"/>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service accepted the call.</source>
        <translation>De dienst heeft de aanroep geaccepteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with the next step of the verification.</source>
        <translation>Ga verder met de volgende stap van de verificatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled</source>
        <translation>Afgeremd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many calls were sent in a short time (the service accepts about 30 per second), so this one was refused.</source>
        <translation>Er zijn te veel aanroepen in korte tijd verstuurd (de dienst accepteert er ongeveer 30 per seconde), daarom is deze geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a few seconds and try again.</source>
        <translation>Wacht een paar seconden en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing parameter</source>
        <translation>Parameter ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call lacked information the service requires. This points to a problem in Verify Desk or its settings, not to the customer.</source>
        <translation>De aanroep miste informatie die de dienst nodig heeft. Dit wijst op een probleem in Verify Desk of de instellingen, niet bij de klant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that all required fields are filled in. If they are, report the problem together with the raw answer from the inspector.</source>
        <translation>Controleer of alle verplichte velden zijn ingevuld. Is dat zo, meld het probleem dan samen met het onbewerkte antwoord uit de inspector.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid value</source>
        <translation>Ongeldige waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service rejected one of the values sent, such as the phone number or the request ID. If the raw text says &quot;Facility not allowed&quot;, the API base URL of the profile is wrong.</source>
        <translation>De dienst heeft een van de verstuurde waarden geweigerd, zoals het telefoonnummer of het aanvraag-ID. Staat er in de onbewerkte tekst &quot;Facility not allowed&quot;, dan is de basis-URL van de API in het profiel onjuist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the phone number, the other values you entered and the profile&apos;s API base URL, then try again.</source>
        <translation>Controleer het telefoonnummer, de andere ingevoerde waarden en de basis-URL van de API in het profiel en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid credentials</source>
        <translation>Ongeldige inloggegevens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal error</source>
        <translation>Interne fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the service. It was not caused by what you entered.</source>
        <translation>Er ging iets mis binnen de dienst. Het komt niet door wat u hebt ingevoerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait a minute and try again. Before repeating a verification request, search first whether it was created, so that the customer does not get two codes.</source>
        <translation>Wacht een minuut en probeer het opnieuw. Zoek voordat u een verificatieaanvraag herhaalt eerst op of die al is aangemaakt, zodat de klant geen twee pincodes krijgt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not be processed</source>
        <translation>Kon niet worden verwerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service could not process the call: the number could not be reached, or the request was not found or has already been verified.</source>
        <translation>De dienst kon de aanroep niet verwerken: het nummer was onbereikbaar, of de aanvraag is niet gevonden of al geverifieerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search for the request to see its state. If the number cannot be reached, ask the customer for another number.</source>
        <translation>Zoek de aanvraag op om de status te zien. Is het nummer onbereikbaar, vraag de klant dan om een ander nummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number blocked</source>
        <translation>Nummer geblokkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider has blocked this number for verification.</source>
        <translation>De provider heeft dit nummer geblokkeerd voor verificatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number cannot be verified here. Ask for another number or verify the customer another way.</source>
        <translation>Dit nummer kan hier niet worden geverifieerd. Vraag om een ander nummer of verifieer de klant op een andere manier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account barred</source>
        <translation>Account geblokkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account behind these credentials has been barred from sending messages.</source>
        <translation>Het account achter deze inloggegevens mag geen berichten meer versturen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact the account owner or the provider&apos;s support. Nothing can be sent until the account is unblocked.</source>
        <translation>Neem contact op met de eigenaar van het account of de support van de provider. Er kan niets worden verstuurd totdat het account is vrijgegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of credit</source>
        <translation>Tegoed op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account does not have enough credit left for this call.</source>
        <translation>Het account heeft niet genoeg tegoed meer voor deze aanroep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the account owner to add credit, then try again.</source>
        <translation>Vraag de eigenaar van het account om tegoed toe te voegen en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification already running</source>
        <translation>Verificatie loopt al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verification for this number is still running, and only one can run per number at a time.</source>
        <translation>Er loopt nog een verificatie voor dit nummer, en per nummer kan er maar één tegelijk lopen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue with the running request (the answer gives its ID), or cancel it or let it expire before starting a new one.</source>
        <translation>Ga verder met de lopende aanvraag (het antwoord bevat het ID), of annuleer die of laat die verlopen voordat u een nieuwe start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network not supported</source>
        <translation>Netwerk niet ondersteund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s phone network is not supported, or its destination is refused as high-risk.</source>
        <translation>Het telefoonnetwerk van de klant wordt niet ondersteund, of de bestemming wordt als risicovol geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the customer for a number on another network, or verify them another way.</source>
        <translation>Vraag de klant om een nummer op een ander netwerk, of verifieer de klant op een andere manier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+110"/>
        <source>Wrong code</source>
        <translation>Verkeerde pincode</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The code entered is not the code that was sent.</source>
        <translation>De ingevoerde pincode is niet de pincode die is verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer to read the code out again carefully. After three wrong codes the request fails.</source>
        <translation>Vraag de klant de pincode nog eens zorgvuldig voor te lezen. Na drie verkeerde pincodes mislukt de aanvraag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong codes</source>
        <translation>Te veel verkeerde pincodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wrong code was entered too many times, so the request has been stopped.</source>
        <translation>Er is te vaak een verkeerde pincode ingevoerd, daarom is de aanvraag gestopt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new verification to send a new code.</source>
        <translation>Start een nieuwe verificatie om een nieuwe pincode te versturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many request IDs</source>
        <translation>Te veel aanvraag-ID&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search asked for more than 10 request IDs at once.</source>
        <translation>Er is naar meer dan 10 aanvraag-ID&apos;s tegelijk gezocht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for at most 10 request IDs at a time.</source>
        <translation>Zoek naar maximaal 10 aanvraag-ID&apos;s tegelijk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not possible now</source>
        <translation>Nu niet mogelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is not possible at the moment. A request can be cancelled only from 30 seconds after it was made until the second message or call starts, and there is no next message or call to move on to once all have been made.</source>
        <translation>Deze actie is op dit moment niet mogelijk. Een aanvraag kan alleen worden geannuleerd vanaf 30 seconden na de start tot het tweede bericht of de tweede oproep begint, en als alle berichten en oproepen zijn gedaan, is er geen volgende meer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the first 30 seconds, wait and try again. Otherwise let the request run until the customer enters the code or it expires.</source>
        <translation>Wacht in de eerste 30 seconden even en probeer het opnieuw. Laat de aanvraag anders lopen totdat de klant de pincode invoert of de aanvraag verloopt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own PIN not allowed</source>
        <translation>Eigen pincode niet toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account may not choose its own PIN code.</source>
        <translation>Dit account mag geen eigen pincode kiezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request without a PIN code of your own, or ask the account manager to enable it.</source>
        <translation>Verstuur de aanvraag zonder eigen pincode, of vraag de accountmanager om dit in te schakelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination not permitted</source>
        <translation>Bestemming niet toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is still in demo mode and may only send to the numbers on its approved list.</source>
        <translation>Het account staat nog in demomodus en mag alleen versturen naar de nummers op de lijst met goedgekeurde nummers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the number to the account&apos;s approved list, or add funds to the account to lift the limitation.</source>
        <translation>Zet het nummer op de lijst met goedgekeurde nummers van het account, of voeg tegoed toe aan het account om de beperking op te heffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request not found</source>
        <translation>Aanvraag niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request matches this ID. The ID may be wrong, or the request ended less than a minute ago and cannot be found yet.</source>
        <translation>Er is geen aanvraag met dit ID. Het ID is mogelijk onjuist, of de aanvraag is minder dan een minuut geleden afgelopen en nog niet te vinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the request ID. For a request that has just ended, wait a minute and search again.</source>
        <translation>Controleer het aanvraag-ID. Wacht bij een aanvraag die net is afgelopen een minuut en zoek opnieuw.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No status</source>
        <translation>Geen status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown status %1</source>
        <translation>Onbekende status %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service answered without a status.</source>
        <translation>De dienst antwoordde zonder status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered with status %1, which Verify Desk does not know.</source>
        <translation>De dienst antwoordde met status %1, die Verify Desk niet kent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look at the raw answer in the inspector for details, and search for the request to see its state.</source>
        <translation>Bekijk het onbewerkte antwoord in de inspector voor details, en zoek de aanvraag op om de status te zien.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The service did not accept the profile&apos;s key or secret (the client ID or the API key): they are wrong, expired or disabled.</source>
        <translation>De dienst accepteerde de sleutel of het secret van het profiel niet (de client-ID of de API-key): ze zijn onjuist, verlopen of uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the key and secret in the profile&apos;s credentials, or ask the account owner for valid ones.</source>
        <translation>Controleer de sleutel en het secret bij de inloggegevens van het profiel, of vraag de eigenaar van het account om geldige gegevens.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+24"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The code has been sent; the customer has not entered the right code yet.</source>
        <translation>De pincode is verstuurd; de klant heeft nog niet de juiste pincode ingevoerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer entered the right code.</source>
        <translation>De klant heeft de juiste pincode ingevoerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A wrong code was entered too many times.</source>
        <translation>Er is te vaak een verkeerde pincode ingevoerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No right code was entered before the code expired.</source>
        <translation>Er is geen juiste pincode ingevoerd voordat de pincode verliep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was cancelled.</source>
        <translation>De verificatie is geannuleerd.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The service reported a state Verify Desk does not know.</source>
        <translation>De dienst meldde een status die Verify Desk niet kent.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Correct code</source>
        <translation>Juiste pincode</translation>
    </message>
</context>
<context>
    <name>VerifyWizard</name>
    <message>
        <location filename="../ui/VerifyWizard.ui" line="+14"/>
        <location filename="../src/app/verify/VerifyWizard.cpp" line="+607"/>
        <source>Step 1 of 3: number and brand</source>
        <translation>Stap 1 van 3: nummer en merknaam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New verification</source>
        <translation>Nieuwe verificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another verification; the running ones go on (Ctrl+N)</source>
        <translation>Begin nog een verificatie; de lopende gaan door (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verifications</source>
        <translation>Verificaties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand</source>
        <translation>Merknaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../src/app/verify/VerifyWizard.cpp" line="-250"/>
        <source>A verification for %1 is still running (request %2). Continue it here instead of sending a new one; its PIN is still valid.</source>
        <translation>Er loopt nog een verificatie voor %1 (aanvraag %2). Ga hier verder in plaats van een nieuwe te versturen; de pincode is nog geldig.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Send a PIN to %1.</source>
        <translation>Een pincode versturen naar %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: nothing went out.</source>
        <translation>Niet verstuurd: er is niets verzonden.</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Step 2 of 3: the PIN the customer reads out</source>
        <translation>Stap 2 van 3: de pincode die de klant voorleest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step 3 of 3: the result</source>
        <translation>Stap 3 van 3: het resultaat</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>That was a payment confirmation (PSD2) to %1; the selected profile&apos;s API has no PSD2. Choose a Vonage profile to confirm a payment, or send a verification.</source>
        <translation>Dat was een betalingsbevestiging (PSD2) aan %1; de API van het gekozen profiel heeft geen PSD2. Kies een Vonage-profiel om een betaling te bevestigen, of verstuur een verificatie.</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+109"/>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Het profiel &quot;%1&quot; bestaat niet meer.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Fixed line</source>
        <translation>Vaste lijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a fixed line: a text message does not arrive there. Call instead, with workflow 7 (call only), for this request?</source>
        <translation>%1 is een vaste lijn: een sms komt daar niet aan. In plaats daarvan bellen, met workflow 7 (alleen oproep), voor dit verzoek?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Call instead</source>
        <translation>In plaats daarvan &amp;bellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: a fixed line cannot receive the SMS of workflow %1.</source>
        <translation>Niet verstuurd: een vaste lijn kan de sms van workflow %1 niet ontvangen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send a PIN to %1 to confirm the payment of %2 to %3.</source>
        <translation>Een pincode naar %1 sturen om de betaling van %2 aan %3 te bevestigen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The verification for %1 is already running here (request %2). Continue it instead of sending a new one.</source>
        <translation>De verificatie voor %1 loopt hier al (verzoek %2). Ga daarmee verder in plaats van een nieuwe te versturen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 already has a PIN on its way: %2 (request %3). Continue that verification here, or press Send PIN again for a new PIN (the first one then stops working).</source>
        <translation>Naar %1 is al een pincode onderweg: %2 (aanvraag %3). Ga hier met die verificatie verder, of druk nogmaals op Pincode versturen voor een nieuwe pincode (de eerste werkt dan niet meer).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no running request to continue.</source>
        <translation>Er is geen lopend verzoek om voort te zetten.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The request is on its way.</source>
        <translation>Het verzoek is onderweg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>ongeveer %n seconde</numerusform>
            <numerusform>ongeveer %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Step 1 of 3: number, payee and amount</source>
        <translation>Stap 1 van 3: nummer, begunstigde en bedrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave the verification</source>
        <translation>Verificatie verlaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verification of %1 may still succeed. Leave it? It stays in the History as in progress, where its status can be refreshed; the PIN cannot be checked here any more.</source>
        <translation>De verificatie van %1 kan nog slagen. Verlaten? Ze blijft in de Geschiedenis staan als bezig, waar de status kan worden vernieuwd; de pincode kan hier niet meer worden gecontroleerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Leave</source>
        <translation>&amp;Verlaten</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../src/core/verification/Workflow.cpp" line="+112"/>
        <source> → </source>
        <extracomment>The channels of a Verify workflow in order, e.g. &quot;SMS → Voice call&quot;</extracomment>
        <translation> → </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice call</source>
        <translation>Spraakoproep</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+122"/>
        <source>Verify phone numbers with the Nexmo Verify API.</source>
        <translation>Telefoonnummers verifiëren met de Nexmo Verify API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with the profile named NAME (or with that id).</source>
        <translation>Start met het profiel met de naam NAME (of met dat ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language: en or nl.</source>
        <translation>Taal van de gebruikersinterface: en of nl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set up or update the shared team history in the PostgreSQL database CONNINFO names (for example &quot;host=db.example.org dbname=verifydesk user=admin&quot;; the password from PGPASSWORD or ~/.pgpass), as an account that may create tables and roles, then exit.</source>
        <translation>Richt de gedeelde teamgeschiedenis in of werk die bij in de PostgreSQL-database die CONNINFO noemt (bijvoorbeeld &quot;host=db.example.org dbname=verifydesk user=admin&quot;; het wachtwoord uit PGPASSWORD of ~/.pgpass), als een account dat tabellen en rollen mag maken, en stop dan.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Unknown language &quot;%1&quot;: use en or nl.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik en of nl.</translation>
    </message>
    <message>
        <location filename="../src/app/AppContext.cpp" line="+33"/>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Er is geen profiel met de naam &quot;%1&quot;. Profielen: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="-33"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The built-in Sandbox could not listen on a loopback port. Check that 127.0.0.1 is available.</source>
        <translation>De ingebouwde Sandbox kon niet luisteren op een loopbackpoort. Controleer of 127.0.0.1 beschikbaar is.</translation>
    </message>
</context>
</TS>
