<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal, its backups and the log are in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is: {folder}; select and copy the path above, or press Copy path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is copied. Paste it where you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Treatment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prognosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>Type a question first. It can&apos;t be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a question under %1 characters (now %2): split it in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an answer under %1 characters (now %2): keep the main points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this to a name or role, under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read as an MBC Desktop journal. It may be damaged or be a different kind of file; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not an MBC Desktop journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no schema version; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like an MBC Desktop journal, but it holds tables or other parts that MBC Desktop did not make, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of MBC Desktop. Install that version (or newer) to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has a character that can&apos;t be saved (it may show as a box or a question mark). Delete that character, or type the text again instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 go straight to an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. Close MBC Desktop and start it again. If this keeps happening, the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1
Log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set topic of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status of “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Pick a question in the list to see its details, add its answer, or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the care team say? Writing an answer marks the question answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as Dr. Ortiz, or nurse Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this question up the list (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this question down the list (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this question (Delete key). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: see the message below the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed is kept here, but not saved until the message is fixed. The last saved version is still in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-ask not asked yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results show as you type. Down goes into the results; Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Topic: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListView</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions in the order you want to ask them. Alt+Up and Alt+Down move the selected question; Delete removes it; Enter edits it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message>
        <source>What is the goal of my treatment right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side effects should I call you about right away, and how do I reach you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we know if this treatment is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for your oncologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it here, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down anything you want to ask your oncologist, big or small, as it comes to mind. Type it in the box above and press Enter. Everything is saved on this computer as you type. People who bring a list ask more of what matters to them.

To start, you can add one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match your search and filters. Press Show all to see every question again, or Esc in Search to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question is picked. Pick one in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question to show: none match your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has changes that were not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question has changes that were not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt and an underlined letter go to that box or button. Tab moves to the next one, Shift+Tab to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go into the details of the picked question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (in Search: clear the search first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (in Search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space, Up or Down (on a choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list of choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter (in the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private notebook for getting ready for oncology appointments: the questions you want to ask, and the answers you get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write my first &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything shown as saved is safe in your journal. If what you just did did not work, try it again; if it keeps failing, restart MBC Desktop. The log file in the data folder (Help › About) has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Your journal stays on this computer. MBC Desktop has no account, never connects to the internet, and sends nothing anywhere. Only you can read the file it keeps, and only what you choose to print or export ever leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBC Desktop helps you get ready for appointments and keeps track of what was said. It does not give medical advice: talk with your care team about any decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBC Desktop will be in %1 the next time you start it. Close it and open it again to switch now; nothing you wrote changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>MBC Desktop is already open; switched to that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBC Desktop is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBC Desktop is already open with this journal, but it is not answering. If you can see its window, switch to it. If you cannot, it may be stuck: log out and back in (or restart the computer), then start MBC Desktop again.

Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
