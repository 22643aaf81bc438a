<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Your journal, its backups and the log are in this folder:</source>
        <translation>Su cuaderno, sus copias de seguridad y el registro están en esta carpeta:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta de datos</translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is: {folder}; select and copy the path above, or press Copy path.</source>
        <translation>No se pudo abrir el explorador de archivos. La carpeta es: {folder}. Seleccione y copie la ruta de arriba, o presione Copiar ruta.</translation>
    </message>
    <message>
        <source>The path is copied. Paste it where you need it.</source>
        <translation>La ruta está copiada. Péguela donde la necesite.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Treatment options</source>
        <translation>Opciones de tratamiento</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Tests and scans</source>
        <translation>Pruebas y estudios</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Prognosis</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>Practical and cost</source>
        <translation>Costos y asuntos prácticos</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Must ask</source>
        <translation>Debo preguntar</translation>
    </message>
    <message>
        <source>Want to ask</source>
        <translation>Quiero preguntar</translation>
    </message>
    <message>
        <source>If time</source>
        <translation>Si hay tiempo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>Type a question first. It can&apos;t be empty.</source>
        <translation>Primero escriba una pregunta. No puede quedar vacía.</translation>
    </message>
    <message>
        <source>Keep a question under %1 characters (now %2): split it in two.</source>
        <translation>La pregunta debe tener menos de %1 caracteres (ahora tiene %2). Divídala en dos.</translation>
    </message>
    <message>
        <source>Keep an answer under %1 characters (now %2): keep the main points.</source>
        <translation>La respuesta debe tener menos de %1 caracteres (ahora tiene %2). Deje solo lo más importante.</translation>
    </message>
    <message>
        <source>Keep this to a name or role, under %1 characters.</source>
        <translation>Escriba aquí solo un nombre o un cargo, con menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>This file could not be read as an MBC Desktop journal. It may be damaged or be a different kind of file; it was left as it is.</source>
        <translation>No se pudo leer este archivo como un cuaderno de MBC Desktop. Puede estar dañado o ser otro tipo de archivo. No se le hizo ningún cambio.</translation>
    </message>
    <message>
        <source>This file is an SQLite database, but not an MBC Desktop journal.</source>
        <translation>Este archivo es una base de datos SQLite, pero no es un cuaderno de MBC Desktop.</translation>
    </message>
    <message>
        <source>This journal has no schema version; it may be damaged.</source>
        <translation>A este cuaderno le falta su número de versión. Puede estar dañado.</translation>
    </message>
    <message>
        <source>This file looks like an MBC Desktop journal, but it holds tables or other parts that MBC Desktop did not make, so it was left as it is.</source>
        <translation>Este archivo parece un cuaderno de MBC Desktop, pero tiene tablas u otras partes que MBC Desktop no creó. Por eso no se le hizo ningún cambio.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of MBC Desktop. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>Este cuaderno se guardó con una versión más nueva de MBC Desktop. Para abrirlo, instale esa versión (o una más nueva). No se cambió nada.</translation>
    </message>
    <message>
        <source>This text has a character that can&apos;t be saved (it may show as a box or a question mark). Delete that character, or type the text again instead of pasting it.</source>
        <translation>Este texto tiene un carácter que no se puede guardar (puede verse como un cuadrito o un signo de interrogación). Borre ese carácter, o escriba el texto de nuevo en vez de pegarlo.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>{app} user guide</source>
        <translation>Guía de uso de {app}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 go straight to an area.</source>
        <translation>Ctrl+1 a Ctrl+9 lo llevan directo a cada sección.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo su cuaderno…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>A&amp;cerca de %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and nothing was changed. Close MBC Desktop and start it again. If this keeps happening, the log file has the details.</source>
        <translation>Ocurrió un problema inesperado y no se cambió nada. Cierre MBC Desktop y vuelva a abrirlo. Si esto sigue pasando, el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Journal: %1
Log: %2</source>
        <translation>Cuaderno: %1
Registro: %2</translation>
    </message>
    <message>
        <source>Your journal could not be opened</source>
        <translation>No se pudo abrir su cuaderno</translation>
    </message>
    <message>
        <source>Some typing is not saved</source>
        <translation>Parte de lo que escribió no está guardado</translation>
    </message>
    <message>
        <source>Some of what you typed can&apos;t be saved as it is (the message under the box says why). If you close now, it is lost; everything else is saved.</source>
        <translation>Parte de lo que escribió no se puede guardar así (el mensaje debajo del cuadro explica por qué). Si cierra ahora, se pierde; todo lo demás está guardado.</translation>
    </message>
    <message>
        <source>&amp;Go back to it</source>
        <translation>&amp;Volver a eso</translation>
    </message>
    <message>
        <source>&amp;Close without it</source>
        <translation>&amp;Cerrar sin guardarlo</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>MBC Desktop will be in %1 the next time you start it. Close it and open it again to switch now; nothing you wrote changes.</source>
        <translation>MBC Desktop estará en %1 la próxima vez que lo abra. Para cambiarlo ahora, ciérrelo y vuelva a abrirlo. Lo que escribió no cambia.</translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>eliminar “%1”</translation>
    </message>
    <message>
        <source>Set topic of “%1” to %2</source>
        <translation>tema de “%1”: %2</translation>
    </message>
    <message>
        <source>Set priority of “%1” to %2</source>
        <translation>prioridad de “%1”: %2</translation>
    </message>
    <message>
        <source>Set status of “%1” to %2</source>
        <translation>estado de “%1”: %2</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>cambios en “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>mover “%1”</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Pick a question in the list to see its details, add its answer, or change it.</source>
        <translation>Elija una pregunta de la lista para ver sus detalles, escribir la respuesta o cambiarla.</translation>
    </message>
    <message>
        <source>Question details</source>
        <translation>Detalles de la pregunta</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <source>Save and go back to the list (Esc)</source>
        <translation>Guardar y volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation>¿Qué quiere preguntar?</translation>
    </message>
    <message>
        <source>Question &amp;text</source>
        <translation>Te&amp;xto de la pregunta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>Pri&amp;oridad</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What did the care team say? Writing an answer marks the question answered.</source>
        <translation>¿Qué le dijo su equipo de atención médica? Al escribir una respuesta, la pregunta queda como Respondida.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Quién respondió</translation>
    </message>
    <message>
        <source>Such as Dr. Ortiz, or nurse Sam</source>
        <translation>Por ejemplo: Dra. Ortiz, o la enfermera Sam</translation>
    </message>
    <message>
        <source>Answered &amp;by</source>
        <translation>&amp;Quién respondió</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move this question up the list (Alt+Up)</source>
        <translation>Subir esta pregunta en la lista (Alt+flecha arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move this question down the list (Alt+Down)</source>
        <translation>Bajar esta pregunta en la lista (Alt+flecha abajo)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete this question (Delete key). You can undo it.</source>
        <translation>Eliminar esta pregunta (tecla Delete). Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>⚠ Not saved: see the message below the box</source>
        <translation>⚠ Sin guardar: lea el mensaje debajo del cuadro</translation>
    </message>
    <message>
        <source>What you typed is kept here, but not saved until the message is fixed. The last saved version is still in your journal.</source>
        <translation>Lo que escribió sigue aquí, pero no se guardará hasta que resuelva lo que dice el mensaje. La última versión guardada sigue en su cuaderno.</translation>
    </message>
    <message>
        <source>Everything here is saved on this computer.</source>
        <translation>Todo lo de aquí se guarda en esta computadora.</translation>
    </message>
</context>
<context>
    <name>QuestionFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open or asked</source>
        <translation>Abiertas o preguntadas</translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Aún no hay preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-ask not asked yet</source>
        <translation>
            <numerusform>%n “Debo preguntar” pendiente</numerusform>
            <numerusform>%n “Debo preguntar” pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Buscar preguntas</translation>
    </message>
    <message>
        <source>Search questions and answers</source>
        <translation>Buscar en preguntas y respuestas</translation>
    </message>
    <message>
        <source>Results show as you type. Down goes into the results; Esc clears the search.</source>
        <translation>Los resultados aparecen mientras escribe. La flecha abajo lo lleva a los resultados; Esc borra la búsqueda.</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar por estado</translation>
    </message>
    <message>
        <source>Show topic</source>
        <translation>Mostrar por tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Show priority</source>
        <translation>Mostrar por prioridad</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Quitar &amp;filtros</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Quitar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Bus&amp;car</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Esta&amp;do</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation>Pr&amp;ioridad</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asked</source>
        <translation>
            <numerusform>%n preguntada</numerusform>
            <numerusform>%n preguntadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondida</numerusform>
            <numerusform>%n respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n descartada</numerusform>
            <numerusform>%n descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Se muestran %1 de %2.</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Topic: %1.</source>
        <translation>Tema: %1.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Respondió %1.</translation>
    </message>
</context>
<context>
    <name>QuestionListView</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Your questions in the order you want to ask them. Alt+Up and Alt+Down move the selected question; Delete removes it; Enter edits it.</source>
        <translation>Sus preguntas en el orden en que quiere hacerlas. Alt+flecha arriba y Alt+flecha abajo mueven la pregunta elegida; Delete la elimina; Enter la abre para cambiarla.</translation>
    </message>
</context>
<context>
    <name>QuestionsPane</name>
    <message>
        <source>What is the goal of my treatment right now?</source>
        <translation>¿Cuál es el objetivo de mi tratamiento en este momento?</translation>
    </message>
    <message>
        <source>Which side effects should I call you about right away, and how do I reach you?</source>
        <translation>¿Por cuáles efectos secundarios debo llamarle enseguida, y cómo me comunico con usted?</translation>
    </message>
    <message>
        <source>How will we know if this treatment is working?</source>
        <translation>¿Cómo vamos a saber si este tratamiento está funcionando?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Questions for your oncologist</source>
        <translation>Preguntas para su oncólogo/a</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Type it here, then press Enter</source>
        <translation>Escríbala aquí y presione Enter</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Nueva pregunta</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrarla</translation>
    </message>
    <message>
        <source>Show the question</source>
        <translation>Mostrar la pregunta</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Aún no hay preguntas</translation>
    </message>
    <message>
        <source>Write down anything you want to ask your oncologist, big or small, as it comes to mind. Type it in the box above and press Enter. Everything is saved on this computer as you type. People who bring a list ask more of what matters to them.

To start, you can add one of these:</source>
        <translation>Anote todo lo que quiera preguntarle a su oncólogo/a, grande o pequeño, en cuanto se le ocurra. Escríbalo en el cuadro de arriba y presione Enter. Todo se guarda en esta computadora mientras escribe. Las personas que llevan una lista preguntan más sobre lo que de verdad les importa.

Para empezar, puede agregar una de estas:</translation>
    </message>
    <message>
        <source>Add the question: %1</source>
        <translation>Agregar la pregunta: %1</translation>
    </message>
    <message>
        <source>No questions match your search and filters. Press Show all to see every question again, or Esc in Search to clear it.</source>
        <translation>Ninguna pregunta coincide con su búsqueda y filtros. Presione Quitar filtros para ver otra vez todas las preguntas, o Esc en Buscar para borrar la búsqueda.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Bus&amp;car</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar detalles</translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation>E&amp;liminar pregunta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>No question is picked. Pick one in the list to see its details.</source>
        <translation>No hay ninguna pregunta elegida. Elija una en la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>No question to show: none match your search and filters.</source>
        <translation>No hay preguntas para mostrar: ninguna coincide con su búsqueda y filtros.</translation>
    </message>
    <message>
        <source>Deleted “%1”. You can undo this.</source>
        <translation>Se eliminó “%1”. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Question %1 has changes that were not saved: %2</source>
        <translation>La pregunta %1 tiene cambios sin guardar: %2</translation>
    </message>
    <message>
        <source>A question has changes that were not saved: %2</source>
        <translation>Una pregunta tiene cambios sin guardar: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Alt and an underlined letter go to that box or button. Tab moves to the next one, Shift+Tab to the one before.</source>
        <translation>Alt y una letra subrayada lo llevan a ese cuadro o botón. Tab pasa al siguiente y Shift+Tab al anterior.</translation>
    </message>
    <message>
        <source>Up, Down, Home, End</source>
        <translation>Arriba, Abajo, Inicio (Home), Fin (End)</translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation>Moverse por una lista</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter (Intro)</translation>
    </message>
    <message>
        <source>Go into the details of the picked question</source>
        <translation>Abrir los detalles de la pregunta elegida</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list (in Search: clear the search first)</source>
        <translation>Volver a la lista (en Buscar: primero borra la búsqueda)</translation>
    </message>
    <message>
        <source>Down (in Search)</source>
        <translation>Abajo (en Buscar)</translation>
    </message>
    <message>
        <source>Go into the results</source>
        <translation>Ir a los resultados</translation>
    </message>
    <message>
        <source>Space, Up or Down (on a choice)</source>
        <translation>Espacio, Arriba o Abajo (en una lista de opciones)</translation>
    </message>
    <message>
        <source>Open the list of choices</source>
        <translation>Abrir la lista de opciones</translation>
    </message>
    <message>
        <source>Shift+Enter (in the question)</source>
        <translation>Shift+Enter (en la pregunta)</translation>
    </message>
    <message>
        <source>Start a new line</source>
        <translation>Empezar una línea nueva</translation>
    </message>
</context>
<context>
    <name>UndoBanner</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Le damos la bienvenida a {app}</translation>
    </message>
    <message>
        <source>This is a private notebook for getting ready for oncology appointments: the questions you want to ask, and the answers you get.</source>
        <translation>Este es un cuaderno privado para prepararse para sus citas de oncología: las preguntas que quiere hacer y las respuestas que recibe.</translation>
    </message>
    <message>
        <source>Write my first &amp;question</source>
        <translation>Escribir mi primera &amp;pregunta</translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation>&amp;Explorar primero</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything shown as saved is safe in your journal. If what you just did did not work, try it again; if it keeps failing, restart MBC Desktop. The log file in the data folder (Help › About) has the details.</source>
        <translation>Ocurrió un problema inesperado. Todo lo que aparece como guardado está seguro en su cuaderno. Si lo que acaba de hacer no funcionó, vuelva a intentarlo. Si sigue fallando, cierre MBC Desktop y ábralo de nuevo. El archivo de registro, en la carpeta de datos (Ayuda › Acerca de), tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Your journal stays on this computer. MBC Desktop has no account, never connects to the internet, and sends nothing anywhere. Only you can read the file it keeps, and only what you choose to print or export ever leaves it.</source>
        <translation>Su cuaderno se queda en esta computadora. MBC Desktop no usa cuentas, nunca se conecta a internet y no envía nada a ningún lugar. Solo usted puede leer el archivo donde se guarda, y solo sale de él lo que usted decida imprimir o exportar.</translation>
    </message>
    <message>
        <source>MBC Desktop helps you get ready for appointments and keeps track of what was said. It does not give medical advice: talk with your care team about any decision.</source>
        <translation>MBC Desktop le ayuda a prepararse para sus citas y a anotar lo que le dijeron. No da consejos médicos: hable con su equipo de atención médica antes de tomar cualquier decisión.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>MBC Desktop is already open; switched to that window.</source>
        <translation>MBC Desktop ya está abierto. Se cambió a esa ventana.</translation>
    </message>
    <message>
        <source>MBC Desktop is already open</source>
        <translation>MBC Desktop ya está abierto</translation>
    </message>
    <message>
        <source>MBC Desktop is already open with this journal, but it is not answering. If you can see its window, switch to it. If you cannot, it may be stuck: log out and back in (or restart the computer), then start MBC Desktop again.

Journal folder: {folder}</source>
        <translation>MBC Desktop ya está abierto con este cuaderno, pero no responde. Si puede ver su ventana, vaya a ella. Si no la ve, puede que se haya bloqueado: cierre la sesión y vuelva a entrar (o reinicie la computadora), y luego abra MBC Desktop otra vez.

Carpeta del cuaderno: {folder}</translation>
    </message>
</context>
</TS>
