// Texts of the user guide „So geht’s“, German first; English must have every key. The steps name
// the buttons exactly as the app shows them: change a button's text, change it here too.
import { extendTexts, t } from '../../i18n';

const de = {
  guideTitle: 'So geht’s',
  guideIntro: 'Die wichtigsten Abläufe in wenigen Schritten. Die Namen in Anführungszeichen stehen so auf den Knöpfen der App.',
  guideFillTitle: 'Eine Einschätzung ausfüllen',
  guideFillSteps: [
    'Tippen Sie auf der Startseite auf „Neue Einschätzung“.',
    'Geben Sie Ihr Amt oder Ihre Organisationseinheit an. Wählen Sie den Fragebogen und Ihre Perspektive, zum Beispiel „Führungskraft“ oder „Mitarbeitende“. Ihr Name ist freiwillig. Tippen Sie dann auf „Einschätzung beginnen“.',
    'Beantworten Sie jede Frage: Tippen Sie auf die Karte mit der Stufe, die am besten passt. Mit der Tastatur geht es auch: Die Ziffern wählen die Stufe, W heißt „Weiß nicht“, N heißt „Trifft nicht zu“.',
    'Wissen Sie etwas nicht, wählen Sie „Weiß nicht“. Passt eine Frage nicht zu Ihrem Bereich, wählen Sie „Trifft nicht zu“, wo es angeboten wird. Beides zählt nicht als null: Es fließt nicht in den Wert ein, sondern wird getrennt gezählt.',
    'Jede Antwort wird sofort auf diesem Gerät gespeichert („Gespeichert um …“). Sie können jederzeit aufhören und später auf der Startseite mit „Fortsetzen“ weitermachen.',
    'Mit „Weiter“ kommen Sie zur nächsten Frage, nach der letzten mit „Zur Übersicht“ zur Übersicht. Dort sehen Sie, welche Fragen noch offen sind. Tippen Sie eine Frage an, um sie zu beantworten oder zu ändern.',
    'Tippen Sie in der Übersicht auf „Ergebnis anzeigen“. Das Netzdiagramm „Ist- und Soll-Profil“ zeigt, wo Ihr Amt steht. Unter „Soll-Profil festlegen“ bestimmen Sie das Ziel je Dimension. „Was zuerst tun?“ nennt die passenden Maßnahmen. „Wie wird gerechnet?“ erklärt jede Zahl.',
    'Für Sitzungen tippen Sie auf „Bericht für den Ausschuss“. Mit „Drucken oder als PDF speichern“ drucken Sie den Bericht oder speichern ihn als PDF.',
  ],
  guideWorkshopTitle: 'Einen Workshop leiten',
  guideWorkshopSteps: [
    'Vorher füllen die Mitarbeitenden ihre Einschätzungen auf ihren eigenen Geräten aus. Übernehmen Sie diese auf dem Workshop-Gerät mit „Importieren“ oder „QR empfangen“ (siehe unten). Sie werden zu anonymen Vorab-Stimmen.',
    'Tippen Sie auf der Startseite auf „Workshop“. Unter „Workshop vorbereiten“ geben Sie das Amt an und wählen den Fragebogen. Die Einschätzungen dieses Amts zum selben Fragebogen sind als Vorab-Stimmen schon angehakt. Tippen Sie auf „Workshop beginnen“.',
    'Jetzt erscheint die Projektoransicht. Zeigen Sie sie über den Beamer. Sie zeigt die Frage, die Stufen und die Zahl der Stimmen – nie Namen.',
    'Tippen Sie unten auf „Moderation …“ und dann auf „Moderationsansicht“ (die Knöpfe für die Moderation bleiben dort, der Raum sieht sie nicht). Sie öffnet sich in einem zweiten Fenster, das nur Sie sehen: mit Agenda, Notizen und Zeitbox. Beide Fenster zeigen immer denselben Stand.',
    'Besprechen Sie jede Frage und einigen Sie sich auf eine Stufe. Tippen Sie die Stufe unter „Einigung“ an oder drücken Sie ihre Ziffer. Die Taste ? zeigt alle Tasten.',
    'Haben nicht alle vorab ausgefüllt, stimmen Sie per Handzeichen ab. Zählen Sie die Karten je Stufe, tragen Sie die Zahlen unter „Handzeichen (ohne Geräte)“ ein und tippen Sie auf „Handzeichen übernehmen“. Für diese Frage ersetzen die Zahlen die Vorab-Stimmen.',
    'Drücken Sie am Ende S oder tippen Sie unter „Moderation …“ auf „Konsens speichern (S)“. Der Konsens wird als Einschätzung „Workshop (Konsens)“ gespeichert. „Ergebnis ansehen“ zeigt sein Ergebnis.',
    'Öffnen Sie unter „Moderation …“ den „Maßnahmenplan“. Übernehmen Sie Vorschläge aus dem Konsens mit „Übernehmen“ oder legen Sie eine eigene Maßnahme an. Tragen Sie ein, wer verantwortlich ist, bis wann und wie der Stand ist.',
  ],
  guideExchangeTitle: 'Zwischen Geräten austauschen',
  guideExchangeSteps: [
    'Tippen Sie auf der Startseite auf „Exportieren“ oder auf der Karte einer Einschätzung. Wählen Sie aus, welche Einschätzungen mitgehen.',
    'Wählen Sie das Format: „JSON-Datei für Reifegrad-Check“ für ein anderes Gerät oder eine CSV-Datei für Excel. Tippen Sie auf „Datei herunterladen“ oder „Teilen“.',
    'Auf dem anderen Gerät tippen Sie auf „Importieren“ und dann auf „Dateien auswählen“. Jede Datei wird geprüft und ganz oder gar nicht übernommen. Gibt es eine Einschätzung dort schon in einer anderen Fassung, wählen Sie „Ersetzen“ oder „Beide behalten“.',
    'Ohne Netz und ohne Datei geht es per QR-Code: Öffnen Sie die Übersicht der Einschätzung und tippen Sie auf „Übergeben (QR-Code)“. Hat der Code mehrere Teile, blättern Sie mit „Nächster Teil“ weiter. Wer den Code sieht, kann die Antworten lesen.',
    'Auf dem anderen Gerät tippen Sie auf der Startseite auf „QR empfangen“ und dann auf „Kamera starten“. Halten Sie die Codes vor die Kamera; die Reihenfolge ist egal. Es gehen auch Fotos: „Fotos oder Bildschirmfotos wählen“.',
    'Einen weiteren Fragebogen übernehmen Sie unter „Fragebögen“ mit „Fragebogen-Datei importieren“. Danach können Sie ihn bei „Neue Einschätzung“ und im Workshop wählen.',
  ],
  guideDataTitle: 'Ihre Daten',
  guideDataPoints: [
    'Alles bleibt auf diesem Gerät, gespeichert im Browser. Es gibt keine Anmeldung, und die App sendet nichts.',
    'Daten verlassen das Gerät nur, wenn Sie sie exportieren, teilen oder per QR-Code übergeben. Eine exportierte Datei enthält Antworten und Notizen: Geben Sie sie nur an Personen weiter, die sie sehen dürfen.',
    'Wenn Sie im Browser die Website-Daten löschen, sind auch Ihre Einschätzungen gelöscht. Exportieren Sie deshalb regelmäßig eine JSON-Datei als Sicherung.',
  ],
};

export type GuideTexts = typeof de;

const en: GuideTexts = {
  guideTitle: 'How it works',
  guideIntro: 'The main tasks in a few steps. The names in quotation marks are written like that on the buttons of the app.',
  guideFillTitle: 'Fill in an assessment',
  guideFillSteps: [
    'On the start screen, tap “New assessment”.',
    'Enter your office or organisational unit. Choose the questionnaire and your perspective, for example “Leader” or “Staff”. Your name is optional. Then tap “Start assessment”.',
    'Answer each question: tap the card with the level that fits best. The keyboard works too: the digits choose the level, W means “Don’t know”, N means “Not applicable”.',
    'If you do not know something, choose “Don’t know”. If a question does not fit your area, choose “Not applicable” where it is offered. Neither counts as zero: they are left out of the score and counted separately.',
    'Every answer is saved on this device at once (“Saved at …”). You can stop at any time and carry on later with “Continue” on the start screen.',
    '“Next” takes you to the next question, and after the last one “To the overview” to the overview. There you see which questions are still open. Tap a question to answer or change it.',
    'In the overview, tap “Show results”. The radar chart “Actual and target profile” shows where your office stands. Under “Set the target profile” you set the goal for each dimension. “What to do first?” lists the fitting measures. “How is it calculated?” explains every figure.',
    'For meetings, tap “Report for the committee”. “Print or save as PDF” prints the report or saves it as a PDF.',
  ],
  guideWorkshopTitle: 'Run a workshop',
  guideWorkshopSteps: [
    'Beforehand, staff fill in their assessments on their own devices. Bring them onto the workshop device with “Import” or “Receive QR” (see below). They become anonymous pre-votes.',
    'On the start screen, tap “Workshop”. Under “Prepare a workshop”, enter the office and choose the questionnaire. The assessments of this office on the same questionnaire are already ticked as pre-votes. Tap “Start workshop”.',
    'The projector view now appears. Show it on the projector. It shows the question, the levels and the number of votes – never names.',
    'Tap “Moderation …” at the bottom, then “Moderator view” (the buttons for the moderator stay there, out of sight of the room). It opens in a second window that only you see: with agenda, notes and time box. Both windows always show the same state.',
    'Discuss each question and agree on a level. Tap the level under “Agreed” or press its digit. The ? key shows all keys.',
    'If not everyone filled in beforehand, take a show of hands. Count the cards per level, enter the numbers under “Show of hands (no devices)” and tap “Use these counts”. For this question the numbers replace the pre-votes.',
    'At the end, press S or tap “Save consensus (S)” under “Moderation …”. The consensus is saved as the assessment “Workshop (consensus)”. “See results” shows its results.',
    'Open the “Action plan” under “Moderation …”. Take over suggestions from the consensus with “Take over” or add your own measure. Enter who is responsible, by when, and the status.',
  ],
  guideExchangeTitle: 'Exchange between devices',
  guideExchangeSteps: [
    'On the start screen, or on the card of an assessment, tap “Export”. Choose which assessments go along.',
    'Choose the format: “JSON file for Reifegrad-Check” for another device, or a CSV file for Excel. Tap “Download file” or “Share”.',
    'On the other device, tap “Import” and then “Choose files”. Every file is checked and taken whole or not at all. If an assessment is already there in another version, choose “Replace” or “Keep both”.',
    'Without a network and without a file, use QR codes: open the overview of the assessment and tap “Hand over (QR code)”. If the code has several parts, go on with “Next part”. Whoever sees the code can read the answers.',
    'On the other device, tap “Receive QR” on the start screen and then “Start camera”. Hold the codes in front of the camera; the order does not matter. Photos work too: “Choose photos or screenshots”.',
    'To add another questionnaire, use “Import a questionnaire file” under “Questionnaires”. You can then choose it for a “New assessment” and in a workshop.',
  ],
  guideDataTitle: 'Your data',
  guideDataPoints: [
    'Everything stays on this device, stored in the browser. There is no sign-in, and the app sends nothing.',
    'Data only leaves the device when you export it, share it or hand it over by QR code. An exported file contains answers and notes: only pass it to people who may see them.',
    'If you clear the website data in the browser, your assessments are deleted too. So export a JSON file regularly as a backup.',
  ],
};

/** The app's and the guide's texts in the current language (read inside a component). */
export const gt = extendTexts(t, de, en);
