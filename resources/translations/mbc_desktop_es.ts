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
        <source>The symptom check-in uses the ESAS-r scale:</source>
        <translation>El registro de síntomas usa la escala ESAS-r:</translation>
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
    <name>AfterVisit</name>
    <message>
        <source>After the visit</source>
        <translation>Después de la consulta</translation>
    </message>
    <message>
        <source>← &amp;Back to the visit</source>
        <translation>← V&amp;olver a la consulta</translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation>Volver a la consulta</translation>
    </message>
    <message>
        <source>1. Your questions</source>
        <translation>1. Sus preguntas</translation>
    </message>
    <message>
        <source>For each question, choose whether it was asked or answered, and write what was said. Questions still open when you finish move to your next appointment.</source>
        <translation>Para cada pregunta, elija si se preguntó o se respondió, y escriba lo que le dijeron. Las preguntas que sigan abiertas al terminar pasan a su próxima cita.</translation>
    </message>
    <message>
        <source>No questions were planned for this visit.</source>
        <translation>No había preguntas para esta consulta.</translation>
    </message>
    <message>
        <source>2. What was decided</source>
        <translation>2. Qué se decidió</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Such as: stay on the same treatment, lower the dose</source>
        <translation>Por ejemplo: seguir con el mismo tratamiento, bajar la dosis</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Pró&amp;ximos pasos</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Such as: call if the fever comes back, see the dietitian</source>
        <translation>Por ejemplo: llamar si vuelve la fiebre, ver al nutricionista</translation>
    </message>
    <message>
        <source>Tests o&amp;rdered</source>
        <translation>Prue&amp;bas pedidas</translation>
    </message>
    <message>
        <source>Tests ordered</source>
        <translation>Pruebas pedidas</translation>
    </message>
    <message>
        <source>Such as: CT scan in six weeks, blood tests before the next cycle</source>
        <translation>Por ejemplo: tomografía en seis semanas, análisis de sangre antes del próximo ciclo</translation>
    </message>
    <message>
        <source>Fini&amp;sh</source>
        <translation>&amp;Guardar y terminar</translation>
    </message>
    <message>
        <source>Finish the visit</source>
        <translation>Terminar la consulta</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, con %2</translation>
    </message>
    <message>
        <source>This visit was finished on %1. You can still change what is written here.</source>
        <translation>Esta consulta se terminó el %1. Todavía puede cambiar lo que escribió aquí.</translation>
    </message>
    <message>
        <source>Every question was asked.</source>
        <translation>Se hicieron todas las preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open will wait for your next appointment.</source>
        <translation>
            <numerusform>%n pregunta que sigue abierta esperará a su próxima cita.</numerusform>
            <numerusform>%n preguntas que siguen abiertas esperarán a su próxima cita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open will move to your next appointment.</source>
        <translation>
            <numerusform>%n pregunta que sigue abierta pasará a su próxima cita.</numerusform>
            <numerusform>%n preguntas que siguen abiertas pasarán a su próxima cita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of what you typed can&apos;t be saved yet: see the message under it.</source>
        <translation>Parte de lo que escribió todavía no se puede guardar: vea el mensaje debajo.</translation>
    </message>
    <message>
        <source>This visit was already finished.</source>
        <translation>Esta consulta ya se terminó.</translation>
    </message>
    <message>
        <source>This appointment is no longer in your list.</source>
        <translation>Esta cita ya no está en su lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not reached moved to your appointment on %1.</source>
        <translation>
            <numerusform>%n pregunta que no se alcanzó a hacer pasó a su cita del %1.</numerusform>
            <numerusform>%n preguntas que no se alcanzaron a hacer pasaron a su cita del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not reached will wait for your next appointment. Add it in Appointments (Ctrl+3) when you know the date.</source>
        <translation>
            <numerusform>%n pregunta que no se alcanzó a hacer esperará a su próxima cita. Agregue esa cita en Citas (Ctrl+3) cuando sepa la fecha.</numerusform>
            <numerusform>%n preguntas que no se alcanzaron a hacer esperarán a su próxima cita. Agregue esa cita en Citas (Ctrl+3) cuando sepa la fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question was asked. Your next appointment is on %1.</source>
        <translation>Se hicieron todas las preguntas. Su próxima cita es el %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentCommands</name>
    <message>
        <source>Add appointment on %1</source>
        <translation>agregar la cita del %1</translation>
    </message>
    <message>
        <source>Delete appointment on %1</source>
        <translation>eliminar la cita del %1</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <source>Pick an appointment in the list to see or change its details.</source>
        <translation>Elija una cita de la lista para ver o cambiar sus detalles.</translation>
    </message>
    <message>
        <source>Appointment details</source>
        <translation>Detalles de la cita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Such as Dr. Ortiz</source>
        <translation>Por ejemplo: Dra. Ortiz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Place, or phone number or link</source>
        <translation>Lugar, o teléfono o enlace</translation>
    </message>
    <message>
        <source>Address, or how to join a telehealth visit</source>
        <translation>Dirección, o cómo conectarse a la cita por telesalud</translation>
    </message>
    <message>
        <source>Te&amp;lehealth (by phone or video)</source>
        <translation>&amp;Telesalud (por teléfono o video)</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Such as scan results, or starting a new drug</source>
        <translation>Por ejemplo: resultados de estudios, o empezar un medicamento nuevo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Fecha y hora</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>E&amp;specialidad</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>What was said at this appointment</source>
        <translation>Lo que se dijo en esta cita</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Delete appoint&amp;ment</source>
        <translation>Eliminar &amp;cita</translation>
    </message>
    <message>
        <source>Add to a calendar…</source>
        <translation>Agregar a un calendario…</translation>
    </message>
    <message>
        <source>Save this appointment alone as a calendar file (.ics), with a reminder</source>
        <translation>Guardar solo esta cita en un archivo de calendario (.ics), con un recordatorio</translation>
    </message>
    <message>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no se guardó</translation>
    </message>
    <message>
        <source>Delete this appointment. Its questions go back to the next appointment.</source>
        <translation>Eliminar esta cita. Sus preguntas pasan a la próxima cita.</translation>
    </message>
    <message>
        <source>What &amp;it is for</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Notas de la consulta</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Tests ordered</source>
        <translation>Pruebas pedidas</translation>
    </message>
    <message>
        <source>Nothing was written down.</source>
        <translation>No se anotó nada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>AppointmentListModel</name>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
</context>
<context>
    <name>AppointmentsPane</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Your appointments</source>
        <translation>Sus citas</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Nueva cita</translation>
    </message>
    <message>
        <source>Add an appointment (Ctrl+Shift+N)</source>
        <translation>Agregar una cita (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xportar al calendario…</translation>
    </message>
    <message>
        <source>Save the upcoming appointments as a calendar file (.ics), with a reminder</source>
        <translation>Guardar las próximas citas en un archivo de calendario (.ics), con un recordatorio</translation>
    </message>
    <message>
        <source>Include question &amp;texts in the file</source>
        <translation>&amp;Incluir el texto de las preguntas</translation>
    </message>
    <message>
        <source>Search appointments</source>
        <translation>Buscar citas</translation>
    </message>
    <message>
        <source>Search names, places, notes and answers</source>
        <translation>Buscar en nombres, lugares, notas y respuestas</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Citas pasadas</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>P&amp;róximas</translation>
    </message>
    <message>
        <source>P&amp;ast</source>
        <translation>Pasa&amp;das</translation>
    </message>
    <message>
        <source>No appointments yet. Press New appointment to add your next one: the questions you plan, the visit itself and the summary all start from it.</source>
        <translation>Aún no hay citas. Presione Nueva cita para agregar la próxima: las preguntas que prepare, la consulta y el resumen parten de ella.</translation>
    </message>
    <message>
        <source>New &amp;appointment</source>
        <translation>Nueva &amp;cita</translation>
    </message>
    <message>
        <source>Deleted the appointment on %1. Its questions are kept. You can undo this.</source>
        <translation>Se eliminó la cita del %1. Sus preguntas se conservan. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>appointments.ics</source>
        <translation>citas.ics</translation>
    </message>
    <message>
        <source>Export appointments to a calendar file</source>
        <translation>Exportar las citas a un archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n appointment(s) to %1. Open that file with your calendar app.</source>
        <translation>
            <numerusform>Se guardó %n cita en %1. Abra ese archivo con su aplicación de calendario.</numerusform>
            <numerusform>Se guardaron %n citas en %1. Abra ese archivo con su aplicación de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who can open it can read it.</source>
        <translation>Este archivo no está cifrado: cualquier persona que pueda abrirlo puede leerlo.</translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <translation>Cita con %1</translation>
    </message>
    <message>
        <source>Oncology appointment</source>
        <translation>Cita de oncología</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to ask</source>
        <translation>
            <numerusform>%n pregunta para hacer</numerusform>
            <numerusform>%n preguntas para hacer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BiomarkersPage</name>
    <message>
        <source>&amp;PIK3CA</source>
        <translation>P&amp;IK3CA</translation>
    </message>
    <message>
        <source>&amp;AKT1</source>
        <translation>A&amp;KT1</translation>
    </message>
    <message>
        <source>P&amp;TEN</source>
        <translation>P&amp;TEN</translation>
    </message>
    <message>
        <source>E&amp;SR1</source>
        <translation>E&amp;SR1</translation>
    </message>
    <message>
        <source>BRCA&amp;1 (inherited)</source>
        <translation>BRCA&amp;1 (hereditario)</translation>
    </message>
    <message>
        <source>BRCA&amp;2 (inherited)</source>
        <translation>BRCA&amp;2 (hereditario)</translation>
    </message>
    <message>
        <source>PA&amp;LB2 (inherited)</source>
        <translation>PA&amp;LB2 (hereditario)</translation>
    </message>
    <message>
        <source>P&amp;D-L1</source>
        <translation>P&amp;D-L1</translation>
    </message>
    <message>
        <source>&amp;MSI-H or dMMR</source>
        <translation>&amp;MSI-H o dMMR</translation>
    </message>
    <message>
        <source>TM&amp;B-high</source>
        <translation>TM&amp;B alto</translation>
    </message>
    <message>
        <source>&amp;NTRK fusion</source>
        <translation>Fusión de &amp;NTRK</translation>
    </message>
    <message>
        <source>CPS, such as 10</source>
        <translation>CPS, por ejemplo 10</translation>
    </message>
    <message>
        <source>mut/Mb, such as 12</source>
        <translation>mut/Mb, por ejemplo 12</translation>
    </message>
    <message>
        <source>%1 result</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>%1 test date</source>
        <translation>Fecha de la prueba de %1</translation>
    </message>
    <message>
        <source>%1: what was tested</source>
        <translation>%1: qué se analizó</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Puntaje de %1</translation>
    </message>
    <message>
        <source>Biomarkers</source>
        <translation>Biomarcadores</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
</context>
<context>
    <name>CancerCommands</name>
    <message>
        <source>receptor results</source>
        <translation>resultados de los receptores</translation>
    </message>
    <message>
        <source>menopausal status</source>
        <translation>estado de menopausia</translation>
    </message>
    <message>
        <source>biomarkers</source>
        <translation>biomarcadores</translation>
    </message>
    <message>
        <source>where it has spread</source>
        <translation>dónde se ha extendido</translation>
    </message>
    <message>
        <source>how it came back</source>
        <translation>cómo regresó</translation>
    </message>
    <message>
        <source>treatment lines</source>
        <translation>líneas de tratamiento</translation>
    </message>
    <message>
        <source>local treatments</source>
        <translation>tratamientos locales</translation>
    </message>
    <message>
        <source>Change %1 in About my cancer</source>
        <translation>cambiar %1 en Sobre mi cáncer</translation>
    </message>
</context>
<context>
    <name>CancerExplanations</name>
    <message>
        <source>ER, PR and HER2 are the three tests that sort breast cancer into types.</source>
        <translation>ER, PR y HER2 son las tres pruebas que clasifican el cáncer de mama en tipos.</translation>
    </message>
    <message>
        <source>ER (estrogen receptor) shows whether the cancer cells use estrogen to grow.</source>
        <translation>ER (receptor de estrógeno) indica si las células del cáncer usan estrógeno para crecer.</translation>
    </message>
    <message>
        <source>PR (progesterone receptor) shows whether the cancer cells use progesterone to grow.</source>
        <translation>PR (receptor de progesterona) indica si las células del cáncer usan progesterona para crecer.</translation>
    </message>
    <message>
        <source>The share of cancer cells that stained for the receptor, from the report.</source>
        <translation>La parte de las células del cáncer que se tiñeron para el receptor, según el informe.</translation>
    </message>
    <message>
        <source>Positive means 1 % or more of the cells have the receptor.</source>
        <translation>Positivo quiere decir que el 1 % o más de las células tienen el receptor.</translation>
    </message>
    <message>
        <source>Low means 1 to 10 % of the cells have it. ER-low cancers often act like ER-negative ones.</source>
        <translation>Bajo quiere decir que del 1 al 10 % de las células lo tienen. Los cánceres con ER bajo a menudo se comportan como los ER negativos.</translation>
    </message>
    <message>
        <source>Negative means fewer than 1 % of the cells have the receptor.</source>
        <translation>Negativo quiere decir que menos del 1 % de las células tienen el receptor.</translation>
    </message>
    <message>
        <source>The result is not known, or you are not sure what it was.</source>
        <translation>No se conoce el resultado, o no está seguro/a de cuál fue.</translation>
    </message>
    <message>
        <source>HER2 is a protein that can make cancer cells grow fast when there is a lot of it.</source>
        <translation>HER2 es una proteína que puede hacer que las células del cáncer crezcan rápido cuando hay mucha.</translation>
    </message>
    <message>
        <source>IHC is a lab stain that scores HER2 from 0 to 3+.</source>
        <translation>IHC es una tinción de laboratorio que califica HER2 de 0 a 3+.</translation>
    </message>
    <message>
        <source>ISH (or FISH) is a lab test that counts copies of the HER2 gene.</source>
        <translation>ISH (o FISH) es una prueba de laboratorio que cuenta las copias del gen HER2.</translation>
    </message>
    <message>
        <source>IHC 0 means no HER2 staining was seen. This is HER2-negative.</source>
        <translation>IHC 0 quiere decir que no se vio tinción de HER2. Esto es HER2 negativo.</translation>
    </message>
    <message>
        <source>HER2-ultralow is IHC 0 with very faint staining on a few cells. It is HER2-negative.</source>
        <translation>HER2 ultrabajo es IHC 0 con una tinción muy débil en pocas células. Es HER2 negativo.</translation>
    </message>
    <message>
        <source>IHC 1+ is called HER2-low. It is not HER2-positive.</source>
        <translation>IHC 1+ se llama HER2 bajo. No es HER2 positivo.</translation>
    </message>
    <message>
        <source>IHC 2+ with a negative ISH test is called HER2-low. It is not HER2-positive.</source>
        <translation>IHC 2+ con una prueba ISH negativa se llama HER2 bajo. No es HER2 positivo.</translation>
    </message>
    <message>
        <source>IHC 2+ is a borderline score. An ISH test decides if it is HER2-positive or HER2-low.</source>
        <translation>IHC 2+ es un puntaje en el límite. Una prueba ISH decide si es HER2 positivo o HER2 bajo.</translation>
    </message>
    <message>
        <source>IHC 3+ means a lot of HER2. This is HER2-positive.</source>
        <translation>IHC 3+ quiere decir mucho HER2. Esto es HER2 positivo.</translation>
    </message>
    <message>
        <source>ISH amplified means extra copies of the HER2 gene. This is HER2-positive.</source>
        <translation>ISH amplificado quiere decir copias extra del gen HER2. Esto es HER2 positivo.</translation>
    </message>
    <message>
        <source>The HER2 result is not known, or you are not sure what it was.</source>
        <translation>No se conoce el resultado de HER2, o no está seguro/a de cuál fue.</translation>
    </message>
    <message>
        <source>The day the sample was taken, or the date on the report.</source>
        <translation>El día en que se tomó la muestra, o la fecha del informe.</translation>
    </message>
    <message>
        <source>Where the tissue came from. Results can differ between the two places.</source>
        <translation>De dónde salió el tejido. Los resultados pueden ser distintos entre los dos lugares.</translation>
    </message>
    <message>
        <source>The first tumor, usually in the breast.</source>
        <translation>El primer tumor, casi siempre en la mama.</translation>
    </message>
    <message>
        <source>A place the cancer has spread to, such as the liver or a bone.</source>
        <translation>Un lugar al que se extendió el cáncer, como el hígado o un hueso.</translation>
    </message>
    <message>
        <source>You are not sure where the sample came from.</source>
        <translation>No está seguro/a de dónde salió la muestra.</translation>
    </message>
    <message>
        <source>Whether you have been through menopause. Some treatments depend on it.</source>
        <translation>Si ya pasó por la menopausia. Algunos tratamientos dependen de esto.</translation>
    </message>
    <message>
        <source>Your periods have not stopped because of menopause.</source>
        <translation>Su regla no se ha detenido por la menopausia.</translation>
    </message>
    <message>
        <source>You are going through menopause: periods have changed.</source>
        <translation>Está pasando por la menopausia: su regla ha cambiado.</translation>
    </message>
    <message>
        <source>Your periods stopped for good, or your ovaries were removed.</source>
        <translation>Su regla se detuvo para siempre, o le quitaron los ovarios.</translation>
    </message>
    <message>
        <source>Men get breast cancer too. The same tests and types apply.</source>
        <translation>Los hombres también tienen cáncer de mama. Se usan las mismas pruebas y los mismos tipos.</translation>
    </message>
    <message>
        <source>You are not sure, or your care team hasn&apos;t said.</source>
        <translation>No está seguro/a, o su equipo de atención médica no se lo ha dicho.</translation>
    </message>
    <message>
        <source>Other tests on the cancer or your genes that can open up more choices.</source>
        <translation>Otras pruebas del cáncer o de sus genes que pueden abrir más opciones.</translation>
    </message>
    <message>
        <source>PIK3CA is a gene that is changed in about 4 in 10 HR-positive cancers.</source>
        <translation>PIK3CA es un gen que está cambiado en unos 4 de cada 10 cánceres HR positivos.</translation>
    </message>
    <message>
        <source>AKT1 is a gene on the same growth path as PIK3CA.</source>
        <translation>AKT1 es un gen de la misma vía de crecimiento que PIK3CA.</translation>
    </message>
    <message>
        <source>PTEN is a gene that normally puts brakes on that same growth path.</source>
        <translation>PTEN es un gen que normalmente frena esa misma vía de crecimiento.</translation>
    </message>
    <message>
        <source>ESR1 is the estrogen receptor gene. It can change during hormone treatment.</source>
        <translation>ESR1 es el gen del receptor de estrógeno. Puede cambiar durante el tratamiento hormonal.</translation>
    </message>
    <message>
        <source>An inherited change in BRCA1, a gene that helps repair DNA.</source>
        <translation>Un cambio heredado en BRCA1, un gen que ayuda a reparar el ADN.</translation>
    </message>
    <message>
        <source>An inherited change in BRCA2, a gene that helps repair DNA.</source>
        <translation>Un cambio heredado en BRCA2, un gen que ayuda a reparar el ADN.</translation>
    </message>
    <message>
        <source>An inherited change in PALB2, a gene that works with BRCA2.</source>
        <translation>Un cambio heredado en PALB2, un gen que trabaja con BRCA2.</translation>
    </message>
    <message>
        <source>PD-L1 helps cancer hide from the immune system. Reports give a CPS score.</source>
        <translation>PD-L1 ayuda al cáncer a esconderse del sistema inmunitario. Los informes dan un puntaje CPS.</translation>
    </message>
    <message>
        <source>MSI-H or dMMR means the cells can&apos;t fix some DNA errors. It is rare.</source>
        <translation>MSI-H o dMMR quiere decir que las células no pueden corregir algunos errores del ADN. Es poco común.</translation>
    </message>
    <message>
        <source>TMB counts gene changes in the cancer. High means many. It is rare.</source>
        <translation>TMB cuenta los cambios en los genes del cáncer. Alto quiere decir muchos. Es poco común.</translation>
    </message>
    <message>
        <source>An NTRK fusion is a rare joining of two genes that drives growth.</source>
        <translation>Una fusión de NTRK es una unión poco común de dos genes que hace crecer el cáncer.</translation>
    </message>
    <message>
        <source>Positive means the change or marker was found.</source>
        <translation>Positivo quiere decir que se encontró el cambio o el marcador.</translation>
    </message>
    <message>
        <source>Negative means it was looked for and not found.</source>
        <translation>Negativo quiere decir que se buscó y no se encontró.</translation>
    </message>
    <message>
        <source>This test has not been done.</source>
        <translation>Esta prueba no se ha hecho.</translation>
    </message>
    <message>
        <source>You are not sure of the result.</source>
        <translation>No está seguro/a del resultado.</translation>
    </message>
    <message>
        <source>Tissue from a biopsy or surgery.</source>
        <translation>Tejido de una biopsia o de una cirugía.</translation>
    </message>
    <message>
        <source>A blood test. For tumor genes this is called a liquid biopsy (ctDNA).</source>
        <translation>Un análisis de sangre. Para los genes del tumor se llama biopsia líquida (ctDNA).</translation>
    </message>
    <message>
        <source>Spit in a tube. Used for inherited (germline) gene tests.</source>
        <translation>Saliva en un tubo. Se usa para las pruebas de genes heredados (de línea germinal).</translation>
    </message>
    <message>
        <source>You are not sure what was tested.</source>
        <translation>No está seguro/a de qué se analizó.</translation>
    </message>
    <message>
        <source>A number or name from the report, such as a CPS of 10 or a TMB of 12.</source>
        <translation>Un número o un nombre del informe, como un CPS de 10 o un TMB de 12.</translation>
    </message>
    <message>
        <source>Germline means inherited: you were born with it, and family may share it.</source>
        <translation>De línea germinal quiere decir heredado: nació con eso, y su familia puede tenerlo también.</translation>
    </message>
    <message>
        <source>Where the cancer has been found outside the breast.</source>
        <translation>Dónde se ha encontrado el cáncer fuera de la mama.</translation>
    </message>
    <message>
        <source>Bones, such as the spine, hips or ribs.</source>
        <translation>Los huesos, como la columna, las caderas o las costillas.</translation>
    </message>
    <message>
        <source>The liver.</source>
        <translation>El hígado.</translation>
    </message>
    <message>
        <source>The lungs, or the lining around them.</source>
        <translation>Los pulmones, o la capa que los rodea.</translation>
    </message>
    <message>
        <source>The brain or the tissues around it.</source>
        <translation>El cerebro o los tejidos que lo rodean.</translation>
    </message>
    <message>
        <source>Lymph nodes away from the breast and armpit.</source>
        <translation>Ganglios linfáticos lejos de la mama y de la axila.</translation>
    </message>
    <message>
        <source>The skin or the muscles and bones of the chest wall.</source>
        <translation>La piel, o los músculos y huesos de la pared del pecho.</translation>
    </message>
    <message>
        <source>Another place. Type where in the box.</source>
        <translation>Otro lugar. Escriba dónde en el cuadro.</translation>
    </message>
    <message>
        <source>Whether the cancer had spread when first found, or came back later.</source>
        <translation>Si el cáncer ya se había extendido cuando se encontró, o si regresó más tarde.</translation>
    </message>
    <message>
        <source>It had already spread when it was first found (also called de novo).</source>
        <translation>Ya se había extendido cuando se encontró por primera vez (también se llama de novo).</translation>
    </message>
    <message>
        <source>It came back and spread after earlier treatment.</source>
        <translation>Regresó y se extendió después de un tratamiento anterior.</translation>
    </message>
    <message>
        <source>You are not sure.</source>
        <translation>No está seguro/a.</translation>
    </message>
    <message>
        <source>Each line is one treatment plan for the spread cancer, in the order you had them.</source>
        <translation>Cada línea es un plan de tratamiento para el cáncer que se extendió, en el orden en que los recibió.</translation>
    </message>
    <message>
        <source>First line is the first plan. A new line usually starts when a plan stops.</source>
        <translation>La primera línea es el primer plan. Una línea nueva suele empezar cuando un plan se detiene.</translation>
    </message>
    <message>
        <source>The names of the medicines in this line, as on your records.</source>
        <translation>Los nombres de los medicamentos de esta línea, como aparecen en sus documentos médicos.</translation>
    </message>
    <message>
        <source>The cancer grew or spread while on this treatment.</source>
        <translation>El cáncer creció o se extendió durante este tratamiento.</translation>
    </message>
    <message>
        <source>The side effects were too hard to live with.</source>
        <translation>Los efectos secundarios eran demasiado difíciles de sobrellevar.</translation>
    </message>
    <message>
        <source>It ended when it was planned to end.</source>
        <translation>Terminó cuando estaba planeado.</translation>
    </message>
    <message>
        <source>It stopped for another reason.</source>
        <translation>Se detuvo por otra razón.</translation>
    </message>
    <message>
        <source>You are still on this treatment.</source>
        <translation>Todavía recibe este tratamiento.</translation>
    </message>
    <message>
        <source>Treatments aimed at one place in the body, not the whole body.</source>
        <translation>Tratamientos dirigidos a un solo lugar del cuerpo, no a todo el cuerpo.</translation>
    </message>
    <message>
        <source>An operation to remove cancer or to ease a problem it causes.</source>
        <translation>Una operación para quitar el cáncer o para aliviar un problema que causa.</translation>
    </message>
    <message>
        <source>High-energy rays aimed at one place, often to ease pain in a bone.</source>
        <translation>Rayos de alta energía dirigidos a un lugar, a menudo para aliviar el dolor en un hueso.</translation>
    </message>
    <message>
        <source>Another treatment aimed at one place, such as heat or freezing.</source>
        <translation>Otro tratamiento dirigido a un lugar, como calor o congelación.</translation>
    </message>
    <message>
        <source>The type of breast cancer, worked out from ER, PR and HER2. It guides treatment.</source>
        <translation>El tipo de cáncer de mama, según ER, PR y HER2. Sirve de guía para el tratamiento.</translation>
    </message>
    <message>
        <source>HR-positive, HER2-negative: the cancer uses hormones to grow and has little HER2.</source>
        <translation>HR positivo, HER2 negativo: el cáncer usa hormonas para crecer y tiene poco HER2.</translation>
    </message>
    <message>
        <source>HR-positive, HER2-positive: the cancer uses hormones and has a lot of HER2.</source>
        <translation>HR positivo, HER2 positivo: el cáncer usa hormonas y tiene mucho HER2.</translation>
    </message>
    <message>
        <source>HR-negative, HER2-positive: the cancer has a lot of HER2 and does not use hormones.</source>
        <translation>HR negativo, HER2 positivo: el cáncer tiene mucho HER2 y no usa hormonas.</translation>
    </message>
    <message>
        <source>Triple negative: ER, PR and HER2 are all negative.</source>
        <translation>Triple negativo: ER, PR y HER2 son todos negativos.</translation>
    </message>
    <message>
        <source>The type can&apos;t be worked out until the missing results are known.</source>
        <translation>No se puede saber el tipo hasta que se conozcan los resultados que faltan.</translation>
    </message>
    <message>
        <source>ER-low means ER in 1 to 10 % of cells. It often acts like ER-negative.</source>
        <translation>ER bajo quiere decir ER en el 1 al 10 % de las células. A menudo se comporta como ER negativo.</translation>
    </message>
    <message>
        <source>HER2-low is a group used to choose some treatments, not a separate type.</source>
        <translation>HER2 bajo es un grupo que se usa para elegir algunos tratamientos, no un tipo aparte.</translation>
    </message>
    <message>
        <source>Hormone-receptor positive means ER or PR is 1 % or more.</source>
        <translation>Receptor hormonal positivo quiere decir que ER o PR es del 1 % o más.</translation>
    </message>
    <message>
        <source>A new biopsy takes a sample from where the cancer is now, to test it again.</source>
        <translation>Una nueva biopsia toma una muestra de donde está el cáncer ahora, para analizarla otra vez.</translation>
    </message>
</context>
<context>
    <name>CancerFields</name>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Type a date, or leave it empty. Delete empties it when all of it is picked.</source>
        <translation>Escriba una fecha, o déjela vacía. Delete (Suprimir) la borra cuando está toda seleccionada.</translation>
    </message>
</context>
<context>
    <name>CancerPane</name>
    <message>
        <source>About my cancer</source>
        <translation>Sobre mi cáncer</translation>
    </message>
    <message>
        <source>What your reports say, in one place, to help you prepare and ask. Every answer is optional, and saved as you go. MBC Desktop never gives advice.</source>
        <translation>Lo que dicen sus informes, en un solo lugar, para ayudarle a prepararse y preguntar. Todas las respuestas son opcionales y se guardan mientras avanza. MBC Desktop nunca da consejos.</translation>
    </message>
    <message>
        <source>Receptors and subtype</source>
        <translation>Receptores y subtipo</translation>
    </message>
    <message>
        <source>Menopause</source>
        <translation>Menopausia</translation>
    </message>
    <message>
        <source>Biomarkers</source>
        <translation>Biomarcadores</translation>
    </message>
    <message>
        <source>Where it has spread</source>
        <translation>Dónde se ha extendido</translation>
    </message>
    <message>
        <source>Treatment history</source>
        <translation>Historial de tratamiento</translation>
    </message>
    <message>
        <source>Local treatments</source>
        <translation>Tratamientos locales</translation>
    </message>
    <message>
        <source>What changed since my last appointment</source>
        <translation>Qué cambió desde mi última cita</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no se guardó</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Something you typed can&apos;t be saved as it is: see the message under it. The last saved answers are still in your journal.</source>
        <translation>Algo que escribió no se puede guardar así: vea el mensaje debajo. Las últimas respuestas guardadas siguen en su cuaderno.</translation>
    </message>
    <message>
        <source>Everything here is saved on this computer.</source>
        <translation>Todo lo de aquí se guarda en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>What changed since my last appointment</source>
        <translation>Qué cambió desde mi última cita</translation>
    </message>
    <message>
        <source>There is no past appointment to compare with yet. After your next one, the changes you make here will be listed.</source>
        <translation>Aún no hay una cita pasada para comparar. Después de la próxima, aquí aparecerán los cambios que haga.</translation>
    </message>
    <message>
        <source>Nothing here has changed since your appointment on %1.</source>
        <translation>Nada de aquí ha cambiado desde su cita del %1.</translation>
    </message>
    <message>
        <source>Since your appointment on %1:</source>
        <translation>Desde su cita del %1:</translation>
    </message>
</context>
<context>
    <name>CheckInDetails</name>
    <message>
        <source>Date of the check-in</source>
        <translation>Fecha del registro</translation>
    </message>
    <message>
        <source>Time of the check-in</source>
        <translation>Hora del registro</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Quién lo llenó</translation>
    </message>
    <message>
        <source>Completed &amp;by</source>
        <translation>&amp;Quién lo llenó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything to remember about today (Shift+Enter for a new line)</source>
        <translation>Algo que quiera recordar de hoy (Shift+Enter para otra línea)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Check-in</source>
        <translation>Registro de síntomas</translation>
    </message>
    <message>
        <source>The ESAS-r scales are shown in English, as published: the scale may not be changed, and we could not check a Spanish version word for word. Your care team can give you the Spanish form on paper.</source>
        <translation>Las escalas ESAS-r aparecen en inglés, tal como se publicaron: no se permite cambiar la escala, y no pudimos revisar palabra por palabra una versión en español. Su equipo de atención médica puede darle el formulario en español en papel.</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 for each: the next scale comes by itself. Leave a scale empty to skip it (that is not a zero). Enter saves; Esc leaves.</source>
        <translation>Escriba un número del 0 al 10 para cada una: la siguiente escala aparece sola. Deje una escala vacía para saltarla (eso no es un cero). Enter guarda; Esc sale.</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave without saving (Esc)</source>
        <translation>Salir sin guardar (Esc)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Worst possible</source>
        <translation>Lo peor posible</translation>
    </message>
    <message>
        <source>Change the check-in of %1</source>
        <translation>Cambiar el registro del %1</translation>
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
    <message>
        <source>Medical oncologist</source>
        <translation>Oncólogo/a médico/a</translation>
    </message>
    <message>
        <source>Radiation oncologist</source>
        <translation>Oncólogo/a de radioterapia</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Cirujano/a</translation>
    </message>
    <message>
        <source>Nurse or nurse practitioner</source>
        <translation>Enfermero/a o enfermero/a practicante</translation>
    </message>
    <message>
        <source>Palliative care</source>
        <translation>Cuidados paliativos</translation>
    </message>
    <message>
        <source>ESAS-r</source>
        <translation>ESAS-r</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>A caregiver</source>
        <translation>Alguien que me cuida</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>Since my last appointment</source>
        <translation>Desde mi última cita</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Por boca</translation>
    </message>
    <message>
        <source>Injection (a shot)</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Into a vein (IV)</source>
        <translation>En la vena (IV)</translation>
    </message>
    <message>
        <source>On the skin (patch, cream or gel)</source>
        <translation>En la piel (parche, crema o gel)</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>De otra forma</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lo empezó</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Lo dejó</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <source>Somewhat important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <source>Not important now</source>
        <translation>No es importante ahora</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro/a</translation>
    </message>
    <message>
        <source>Living as long as possible</source>
        <translation>Vivir el mayor tiempo posible</translation>
    </message>
    <message>
        <source>Keeping the cancer from growing for as long as possible</source>
        <translation>Evitar que el cáncer crezca por el mayor tiempo posible</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Calidad de vida</translation>
    </message>
    <message>
        <source>Relief of the symptoms I have now</source>
        <translation>Aliviar los síntomas que tengo ahora</translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation>Náuseas o vómitos</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>A higher chance of infections</source>
        <translation>Más riesgo de infecciones</translation>
    </message>
    <message>
        <source>Losing my appetite</source>
        <translation>Perder el apetito</translation>
    </message>
    <message>
        <source>Gaining or losing weight</source>
        <translation>Subir o bajar de peso</translation>
    </message>
    <message>
        <source>Foggy thinking or memory problems</source>
        <translation>Mente nublada o problemas de memoria</translation>
    </message>
    <message>
        <source>Changes in sex life or vaginal dryness</source>
        <translation>Cambios en la vida sexual o sequedad vaginal</translation>
    </message>
    <message>
        <source>Time spent at the clinic</source>
        <translation>Tiempo en la clínica</translation>
    </message>
    <message>
        <source>Needles, IV lines or ports</source>
        <translation>Agujas, vías IV o puertos</translation>
    </message>
    <message>
        <source>Pills</source>
        <translation>Pastillas</translation>
    </message>
    <message>
        <source>Infusions</source>
        <translation>Infusiones</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Not far</source>
        <translation>No muy lejos</translation>
    </message>
    <message>
        <source>Within an hour</source>
        <translation>Hasta una hora</translation>
    </message>
    <message>
        <source>A few hours</source>
        <translation>Unas horas</translation>
    </message>
    <message>
        <source>Anywhere, for the right trial</source>
        <translation>Donde sea, si es el ensayo adecuado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de los niños</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <source>Housework</source>
        <translation>Tareas de la casa</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Trámites y papeles</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Cuidado personal</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Alguien con quien hablar</translation>
    </message>
    <message>
        <source>Not considering</source>
        <translation>No la estoy pensando</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>La estoy pensando</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Ya tengo cita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ya la tuve</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Low (1 to 10 %)</source>
        <translation>Bajo (1 a 10 %)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>0 (IHC 0)</source>
        <translation>0 (IHC 0)</translation>
    </message>
    <message>
        <source>Ultralow (IHC 0 with faint staining)</source>
        <translation>Ultrabajo (IHC 0 con tinción débil)</translation>
    </message>
    <message>
        <source>Low: IHC 1+</source>
        <translation>Bajo: IHC 1+</translation>
    </message>
    <message>
        <source>Low: IHC 2+ and ISH negative</source>
        <translation>Bajo: IHC 2+ e ISH negativo</translation>
    </message>
    <message>
        <source>IHC 2+, ISH not known yet</source>
        <translation>IHC 2+, ISH aún sin resultado</translation>
    </message>
    <message>
        <source>Positive: IHC 3+</source>
        <translation>Positivo: IHC 3+</translation>
    </message>
    <message>
        <source>Positive: ISH amplified</source>
        <translation>Positivo: ISH amplificado</translation>
    </message>
    <message>
        <source>The first tumor</source>
        <translation>El primer tumor</translation>
    </message>
    <message>
        <source>A place it spread to</source>
        <translation>Un lugar al que se extendió</translation>
    </message>
    <message>
        <source>Premenopausal</source>
        <translation>Premenopausia</translation>
    </message>
    <message>
        <source>Perimenopausal</source>
        <translation>Perimenopausia</translation>
    </message>
    <message>
        <source>Postmenopausal</source>
        <translation>Posmenopausia</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>PIK3CA</source>
        <translation>PIK3CA</translation>
    </message>
    <message>
        <source>AKT1</source>
        <translation>AKT1</translation>
    </message>
    <message>
        <source>PTEN</source>
        <translation>PTEN</translation>
    </message>
    <message>
        <source>ESR1</source>
        <translation>ESR1</translation>
    </message>
    <message>
        <source>BRCA1 (inherited)</source>
        <translation>BRCA1 (hereditario)</translation>
    </message>
    <message>
        <source>BRCA2 (inherited)</source>
        <translation>BRCA2 (hereditario)</translation>
    </message>
    <message>
        <source>PALB2 (inherited)</source>
        <translation>PALB2 (hereditario)</translation>
    </message>
    <message>
        <source>PD-L1</source>
        <translation>PD-L1</translation>
    </message>
    <message>
        <source>MSI-H or dMMR</source>
        <translation>MSI-H o dMMR</translation>
    </message>
    <message>
        <source>TMB-high</source>
        <translation>TMB alto</translation>
    </message>
    <message>
        <source>NTRK fusion</source>
        <translation>Fusión de NTRK</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>No se hizo la prueba</translation>
    </message>
    <message>
        <source>Tissue</source>
        <translation>Tejido</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Sangre</translation>
    </message>
    <message>
        <source>Saliva</source>
        <translation>Saliva</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Hígado</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerebro</translation>
    </message>
    <message>
        <source>Lymph nodes</source>
        <translation>Ganglios linfáticos</translation>
    </message>
    <message>
        <source>Skin or chest wall</source>
        <translation>Piel o pared del pecho</translation>
    </message>
    <message>
        <source>Metastatic when it was first found</source>
        <translation>Ya era metastásico cuando se detectó</translation>
    </message>
    <message>
        <source>It came back after earlier treatment</source>
        <translation>Volvió después de un tratamiento anterior</translation>
    </message>
    <message>
        <source>The cancer grew</source>
        <translation>El cáncer creció</translation>
    </message>
    <message>
        <source>Finished as planned</source>
        <translation>Terminó según lo planeado</translation>
    </message>
    <message>
        <source>Still taking it</source>
        <translation>Todavía lo toma</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Radioterapia</translation>
    </message>
    <message>
        <source>HR-positive, HER2-negative</source>
        <translation>HR positivo, HER2 negativo</translation>
    </message>
    <message>
        <source>HR-positive, HER2-positive</source>
        <translation>HR positivo, HER2 positivo</translation>
    </message>
    <message>
        <source>HR-negative, HER2-positive</source>
        <translation>HR negativo, HER2 positivo</translation>
    </message>
    <message>
        <source>Triple negative</source>
        <translation>Triple negativo</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Hormone-receptor positive</source>
        <translation>Receptor hormonal positivo</translation>
    </message>
    <message>
        <source>Hormone-receptor negative</source>
        <translation>Receptor hormonal negativo</translation>
    </message>
    <message>
        <source>Hormone-receptor status not known</source>
        <translation>Receptor hormonal desconocido</translation>
    </message>
    <message>
        <source>HER2-zero</source>
        <translation>HER2 cero</translation>
    </message>
    <message>
        <source>HER2-ultralow</source>
        <translation>HER2 ultrabajo</translation>
    </message>
    <message>
        <source>HER2-low</source>
        <translation>HER2 bajo</translation>
    </message>
    <message>
        <source>HER2-positive</source>
        <translation>HER2 positivo</translation>
    </message>
    <message>
        <source>HER2 not known</source>
        <translation>HER2 desconocido</translation>
    </message>
    <message>
        <source>Estrogen receptor blocker (SERM)</source>
        <translation>Bloqueador del receptor de estrógeno (SERM)</translation>
    </message>
    <message>
        <source>Aromatase inhibitor</source>
        <translation>Inhibidor de la aromatasa</translation>
    </message>
    <message>
        <source>Estrogen receptor degrader</source>
        <translation>Degradador del receptor de estrógeno</translation>
    </message>
    <message>
        <source>Ovarian suppression</source>
        <translation>Supresión de los ovarios</translation>
    </message>
    <message>
        <source>CDK4/6 inhibitor</source>
        <translation>Inhibidor de CDK4/6</translation>
    </message>
    <message>
        <source>PI3K/AKT pathway inhibitor</source>
        <translation>Inhibidor de la vía PI3K/AKT</translation>
    </message>
    <message>
        <source>mTOR inhibitor</source>
        <translation>Inhibidor de mTOR</translation>
    </message>
    <message>
        <source>HER2 antibody</source>
        <translation>Anticuerpo anti-HER2</translation>
    </message>
    <message>
        <source>HER2 antibody-drug conjugate (ADC)</source>
        <translation>Conjugado anticuerpo-fármaco anti-HER2 (ADC)</translation>
    </message>
    <message>
        <source>HER2 tyrosine kinase inhibitor</source>
        <translation>Inhibidor de la tirosina cinasa de HER2</translation>
    </message>
    <message>
        <source>TROP2 antibody-drug conjugate (ADC)</source>
        <translation>Conjugado anticuerpo-fármaco anti-TROP2 (ADC)</translation>
    </message>
    <message>
        <source>Immunotherapy</source>
        <translation>Inmunoterapia</translation>
    </message>
    <message>
        <source>PARP inhibitor</source>
        <translation>Inhibidor de PARP</translation>
    </message>
    <message>
        <source>Chemotherapy (taxane)</source>
        <translation>Quimioterapia (taxano)</translation>
    </message>
    <message>
        <source>Chemotherapy (anthracycline)</source>
        <translation>Quimioterapia (antraciclina)</translation>
    </message>
    <message>
        <source>Chemotherapy (platinum)</source>
        <translation>Quimioterapia (platino)</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>Bone-modifying medicine</source>
        <translation>Medicamento para proteger los huesos</translation>
    </message>
    <message>
        <source>Numb or tingling fingers or toes</source>
        <translation>Dedos entumecidos o con hormigueo</translation>
    </message>
    <message>
        <source>Diarrhea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>Hot flashes</source>
        <translation>Sofocos</translation>
    </message>
    <message>
        <source>Mouth sores</source>
        <translation>Llagas en la boca</translation>
    </message>
    <message>
        <source>Joint pain or stiffness</source>
        <translation>Dolor o rigidez en las articulaciones</translation>
    </message>
    <message>
        <source>Cough</source>
        <translation>Tos</translation>
    </message>
    <message>
        <source>Sore, red or peeling hands or feet</source>
        <translation>Manos o pies adoloridos, rojos o pelados</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Sarpullido</translation>
    </message>
    <message>
        <source>Dry, sore or blurry eyes</source>
        <translation>Ojos secos, irritados o con visión borrosa</translation>
    </message>
    <message>
        <source>Hair loss</source>
        <translation>Caída del cabello</translation>
    </message>
    <message>
        <source>Pain where the shot was given</source>
        <translation>Dolor donde me pusieron la inyección</translation>
    </message>
    <message>
        <source>Pain in the jaw or teeth</source>
        <translation>Dolor en la mandíbula o los dientes</translation>
    </message>
    <message>
        <source>Vaginal bleeding or spotting</source>
        <translation>Sangrado o manchado vaginal</translation>
    </message>
</context>
<context>
    <name>DamagedJournalPage</name>
    <message>
        <source>Your journal file is damaged</source>
        <translation>El archivo de su cuaderno está dañado</translation>
    </message>
    <message>
        <source>Your journal file turned out to be damaged while you were using it. MBC Desktop stopped saving to it at once, so your last change may not be saved; it has not changed the file since.</source>
        <translation>Se descubrió que el archivo de su cuaderno estaba dañado mientras lo usaba. MBC Desktop dejó de guardar en él de inmediato, así que es posible que su último cambio no se haya guardado. Desde entonces no ha cambiado el archivo.</translation>
    </message>
    <message>
        <source>MBC Desktop found the damage when it started, so it did not open the file. It has not changed it, and will not write to it.</source>
        <translation>MBC Desktop encontró el daño al abrirse, así que no abrió el archivo. No lo ha cambiado y no va a escribir en él.</translation>
    </message>
    <message>
        <source>You can put back the newest backup, or rescue what can still be read into a new journal. Either way the damaged file is kept.</source>
        <translation>Puede volver a poner la copia de seguridad más reciente, o rescatar lo que todavía se pueda leer en un cuaderno nuevo. En los dos casos, el archivo dañado se guarda.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>Elegir un archivo de &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore another backup, such as one on a USB stick.</source>
        <translation>Restaurar otra copia de seguridad, por ejemplo una que esté en una memoria USB.</translation>
    </message>
    <message>
        <source>The newest backup that passes its check is from %1 (%2, %3). Restoring it puts your journal back as it was then; what you added after that is not in it.</source>
        <translation>La copia de seguridad más reciente que pasa su revisión es del %1 (%2, %3). Si la restaura, su cuaderno vuelve a quedar como estaba entonces; lo que agregó después no está en ella.</translation>
    </message>
    <message>
        <source>No backup that passes its check was found next to your journal. If you keep backups somewhere else, such as on a USB stick, choose one.</source>
        <translation>No se encontró junto a su cuaderno ninguna copia de seguridad que pase su revisión. Si guarda copias de seguridad en otro lugar, por ejemplo en una memoria USB, elija una.</translation>
    </message>
    <message>
        <source>Rescue what can be read</source>
        <translation>Rescatar lo que se pueda leer</translation>
    </message>
    <message>
        <source>MBC Desktop copies every entry it can still read into a new journal file, then tells you how many of each kind it found. The damaged file is only read. Entries on the damaged parts of the file are lost.</source>
        <translation>MBC Desktop copia cada entrada que todavía puede leer a un archivo de cuaderno nuevo y luego le dice cuántas encontró de cada tipo. El archivo dañado solo se lee. Las entradas que están en las partes dañadas del archivo se pierden.</translation>
    </message>
    <message>
        <source>Try to re&amp;scue what can be read</source>
        <translation>Intentar resca&amp;tar lo que se pueda leer</translation>
    </message>
    <message>
        <source>&amp;Use the rescued journal</source>
        <translation>Usar el cua&amp;derno rescatado</translation>
    </message>
    <message>
        <source>Where the damaged file is</source>
        <translation>Dónde está el archivo dañado</translation>
    </message>
    <message>
        <source>The damaged journal file</source>
        <translation>El archivo dañado del cuaderno</translation>
    </message>
    <message>
        <source>Co&amp;py the path</source>
        <translation>C&amp;opiar la ruta</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so this was not done; the damaged file was left as it is. The log in the data folder says why.</source>
        <translation>Ocurrió un problema inesperado, así que esto no se hizo. El archivo dañado quedó como estaba. El archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>The backup from %1 is restored.</source>
        <translation>La copia de seguridad del %1 está restaurada.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>MBC Desktop backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de MBC Desktop (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup %1 is restored.</source>
        <translation>La copia de seguridad %1 está restaurada.</translation>
    </message>
    <message>
        <source>The rescued journal is in use.</source>
        <translation>Ahora se usa el cuaderno rescatado.</translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder as %1.</source>
        <translation>El archivo dañado se guarda en la carpeta de copias de seguridad como %1.</translation>
    </message>
    <message>
        <source>Rescued into a new file, %1. It holds:</source>
        <translation>Se rescató en un archivo nuevo, %1. Contiene:</translation>
    </message>
    <message>
        <source>The new file holds no entries: nothing could be read.</source>
        <translation>El archivo nuevo no tiene entradas: no se pudo leer nada.</translation>
    </message>
    <message>
        <source>Use it if that is what you expected; the damaged file is then kept in the backups folder. Or restore a backup instead.</source>
        <translation>Úselo si es lo que esperaba; el archivo dañado se guardará entonces en la carpeta de copias de seguridad. O, en su lugar, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The path is copied. Paste it where you need it.</source>
        <translation>La ruta está copiada. Péguela donde la necesite.</translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>No se pudo abrir el explorador de archivos. La carpeta es %1</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Su cuaderno</translation>
    </message>
    <message>
        <source>Everything you keep in MBC Desktop is in this file:</source>
        <translation>Todo lo que guarda en MBC Desktop está en este archivo:</translation>
    </message>
    <message>
        <source>Your journal file</source>
        <translation>El archivo de su cuaderno</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>Shows the folder with your journal and its backups in the file manager.</source>
        <translation>Muestra en el explorador de archivos la carpeta con su cuaderno y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>MBC Desktop backs up your journal by itself: every 30 minutes while you make changes, when you close it, and before an update, an import or a restore. Older automatic backups are thinned out: the newest 10 stay, then one a day for two weeks, one a week for two months and one a month for a year.</source>
        <translation>MBC Desktop hace copias de seguridad de su cuaderno por sí solo: cada 30 minutos mientras hace cambios, cuando lo cierra, y antes de una actualización, una importación o una restauración. Las copias automáticas más viejas se van borrando: se quedan las 10 más recientes, y después una por día durante dos semanas, una por semana durante dos meses y una por mes durante un año.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first</source>
        <translation>&amp;Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>There are no backups yet. Back up now makes the first one.</source>
        <translation>Todavía no hay copias de seguridad. Hacer una copia de seguridad ahora crea la primera.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Hacer una copia de seguridad en otro &amp;lugar…</translation>
    </message>
    <message>
        <source>A backup in a folder you choose, such as on a USB stick.</source>
        <translation>Una copia de seguridad en la carpeta que usted elija, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the backup picked in the list</source>
        <translation>Restaurar la copia de seguridad elegida en la lista</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Restaurar de&amp;sde un archivo…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else, such as on a USB stick.</source>
        <translation>Restaurar una copia de seguridad guardada en otro lugar, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>An export is your whole journal in one file that other programs can read, and that MBC Desktop on another computer can import. Anyone with the file can read it: keep it somewhere private.</source>
        <translation>Una exportación es todo su cuaderno en un solo archivo que otros programas pueden leer y que MBC Desktop puede importar en otra computadora. Cualquier persona que tenga el archivo puede leerlo: guárdelo en un lugar privado.</translation>
    </message>
    <message>
        <source>E&amp;xport everything…</source>
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <source>Saves your whole journal as a JSON file.</source>
        <translation>Guarda todo su cuaderno en un archivo JSON.</translation>
    </message>
    <message>
        <source>Export s&amp;ymptoms (CSV)…</source>
        <translation>Exportar sínt&amp;omas (CSV)…</translation>
    </message>
    <message>
        <source>Saves every symptom score as a table that spreadsheets open.</source>
        <translation>Guarda todos los puntajes de síntomas en una tabla que se puede abrir con una hoja de cálculo.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Shows what a file exported by MBC Desktop holds, then imports it.</source>
        <translation>Muestra lo que contiene un archivo exportado por MBC Desktop y después lo importa.</translation>
    </message>
    <message>
        <source>This file will not be encrypted: anyone who can open it can read it.</source>
        <translation>Este archivo no estará cifrado: cualquier persona que pueda abrirlo puede leerlo.</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Importar desde un archivo</translation>
    </message>
    <message>
        <source>How to import it</source>
        <translation>Cómo importarlo</translation>
    </message>
    <message>
        <source>The file&apos;s entries are added to your journal. Nothing in your journal is removed or changed, and entries that are in both are not added twice.</source>
        <translation>Las entradas del archivo se agregan a su cuaderno. No se borra ni se cambia nada de su cuaderno, y las entradas que están en los dos no se agregan dos veces.</translation>
    </message>
    <message>
        <source>Your journal&apos;s entries are all removed, and the file&apos;s take their place: your journal becomes the one in the file. For moving your journal to this computer.</source>
        <translation>Se borran todas las entradas de su cuaderno y las del archivo toman su lugar: su cuaderno pasa a ser el del archivo. Sirve para pasar su cuaderno a esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Add the file&apos;s entries to your journal (merge)</source>
        <translation>A&amp;gregar las entradas del archivo a su cuaderno (combinar)</translation>
    </message>
    <message>
        <source>Re&amp;place your journal with the file</source>
        <translation>Reempla&amp;zar su cuaderno por el del archivo</translation>
    </message>
    <message>
        <source>Either way, your journal is backed up first: to go back, restore the backup made before the import.</source>
        <translation>En los dos casos, primero se hace una copia de seguridad de su cuaderno: para volver atrás, restaure la copia de seguridad hecha antes de la importación.</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so this was not done. Try again; if it happens again, the log in the data folder says why.</source>
        <translation>Ocurrió un problema inesperado, así que esto no se hizo. Vuelva a intentarlo; si pasa otra vez, el archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>No se pudo abrir el explorador de archivos. La carpeta es %1</translation>
    </message>
    <message>
        <source>Backed up: %1, %2. It is at the top of the list.</source>
        <translation>Copia de seguridad hecha: %1, %2. Está al principio de la lista.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Elija una carpeta para la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Copia de seguridad hecha en %1 (%2).</translation>
    </message>
    <message>
        <source>the backup from %1</source>
        <translation>la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>MBC Desktop backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de MBC Desktop (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>la copia de seguridad %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore %1? Your journal will be as it was then; what you added or changed since is not in that backup.

Your journal as it is now is backed up first, so you can go back to it by restoring that backup.</source>
        <translation>¿Restaurar %1? Su cuaderno quedará como estaba entonces; lo que agregó o cambió después no está en esa copia de seguridad.

Antes se hace una copia de seguridad de su cuaderno tal como está ahora, así que puede volver a él restaurando esa copia.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se restauró %1.</translation>
    </message>
    <message>
        <source>Your journal as it was just before is kept as the backup “before a restore”, picked in the list: restore it to go back.</source>
        <translation>Su cuaderno tal como estaba justo antes se guarda como la copia de seguridad “antes de una restauración”, elegida en la lista: restáurela para volver atrás.</translation>
    </message>
    <message>
        <source>mbc-desktop-journal-%1.json</source>
        <translation>mbc-desktop-cuaderno-%1.json</translation>
    </message>
    <message>
        <source>Export your whole journal</source>
        <translation>Exportar todo su cuaderno</translation>
    </message>
    <message>
        <source>MBC Desktop exports (*.json)</source>
        <translation>Exportaciones de MBC Desktop (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone with this file can read it: keep it somewhere private.</source>
        <translation>Cualquier persona que tenga este archivo puede leerlo: guárdelo en un lugar privado.</translation>
    </message>
    <message>
        <source>mbc-desktop-symptoms-%1.csv</source>
        <translation>mbc-desktop-sintomas-%1.csv</translation>
    </message>
    <message>
        <source>Export your symptom scores</source>
        <translation>Exportar sus puntajes de síntomas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n symptom score(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n puntaje de síntomas a %1.</numerusform>
            <numerusform>Se exportaron %n puntajes de síntomas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elija un archivo para importar</translation>
    </message>
    <message>
        <source>MBC Desktop exports (*.json);;All files (*)</source>
        <translation>Exportaciones de MBC Desktop (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Exported on %1 at %2 by MBC Desktop %3.</source>
        <translation>Exportado el %1 a las %2 por MBC Desktop %3.</translation>
    </message>
    <message>
        <source>Exported on %1 at %2 (the file does not say by which version).</source>
        <translation>Exportado el %1 a las %2 (el archivo no dice con qué versión).</translation>
    </message>
    <message>
        <source>The file holds no entries.</source>
        <translation>El archivo no tiene entradas.</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message numerus="yes">
        <source>Imported: your journal now holds the file&apos;s %n entry(ies).</source>
        <translation>
            <numerusform>Importado: su cuaderno ahora tiene la %n entrada del archivo.</numerusform>
            <numerusform>Importado: su cuaderno ahora tiene las %n entradas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n entry(ies) added to your journal.</source>
        <translation>
            <numerusform>Importado: se agregó %n entrada a su cuaderno.</numerusform>
            <numerusform>Importado: se agregaron %n entradas a su cuaderno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in it and were not added twice.</source>
        <translation>
            <numerusform>%n ya estaba en él y no se agregó dos veces.</numerusform>
            <numerusform>%n ya estaban en él y no se agregaron dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal as it was before is kept as the backup “before an import”.</source>
        <translation>El cuaderno tal como estaba antes se guarda como la copia de seguridad “antes de una importación”.</translation>
    </message>
</context>
<context>
    <name>DataWords</name>
    <message>
        <source>Today at %1</source>
        <translation>Hoy a las %1</translation>
    </message>
    <message>
        <source>Yesterday at %1</source>
        <translation>Ayer a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>today at %1</source>
        <comment>inside a sentence</comment>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>inside a sentence</comment>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>automatic, on closing</source>
        <translation>automática, al cerrar</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>a damaged journal, set aside</source>
        <translation>un cuaderno dañado, apartado</translation>
    </message>
    <message>
        <source>rescued from a damaged journal</source>
        <translation>rescatada de un cuaderno dañado</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Backup from %1, %2, %3.</source>
        <translation>Copia de seguridad del %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) of your own</source>
        <translation>
            <numerusform>%n síntoma propio</numerusform>
            <numerusform>%n síntomas propios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro de síntomas</numerusform>
            <numerusform>%n registros de síntomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom score(s)</source>
        <translation>
            <numerusform>%n puntaje de síntomas</numerusform>
            <numerusform>%n puntajes de síntomas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) of medicines</source>
        <translation>
            <numerusform>%n dosis de medicamentos</numerusform>
            <numerusform>%n dosis de medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) about your goals, your cancer and your choices</source>
        <translation>
            <numerusform>%n respuesta sobre sus metas, su cáncer y sus decisiones</numerusform>
            <numerusform>%n respuestas sobre sus metas, su cáncer y sus decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s), the ESAS-r scales included</source>
        <translation>
            <numerusform>%n síntoma, incluidas las escalas ESAS-r</numerusform>
            <numerusform>%n síntomas, incluidas las escalas ESAS-r</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>Keep your name under %1 characters (now %2).</source>
        <translation>Su nombre debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>Keep the notes for the doctor under %1 characters (now %2): keep the main points.</source>
        <translation>Las notas para el médico deben tener menos de %1 caracteres (ahora tienen %2). Deje solo lo más importante.</translation>
    </message>
    <message>
        <source>Choose at least one part of the summary to print.</source>
        <translation>Elija al menos una parte del resumen para imprimir.</translation>
    </message>
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
        <source>The appointment&apos;s time needs a time zone. Choose one and try again.</source>
        <translation>La hora de la cita necesita una zona horaria. Elija una y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a date between the years %1 and %2.</source>
        <translation>Elija una fecha entre los años %1 y %2.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list; this computer does not know that one.</source>
        <translation>Elija una zona horaria de la lista. Esta computadora no reconoce esa.</translation>
    </message>
    <message>
        <source>Keep the clinician&apos;s name under %1 characters (now %2).</source>
        <translation>El nombre debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>Keep the place under %1 characters (now %2).</source>
        <translation>El lugar debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>Keep the purpose under %1 characters (now %2).</source>
        <translation>El motivo debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>Keep this under %1 characters (now %2): keep the main points.</source>
        <translation>Este texto debe tener menos de %1 caracteres (ahora tiene %2). Deje solo lo más importante.</translation>
    </message>
    <message>
        <source>Type the symptom&apos;s name first. It can&apos;t be empty.</source>
        <translation>Primero escriba el nombre del síntoma. No puede quedar vacío.</translation>
    </message>
    <message>
        <source>Keep a symptom&apos;s name under %1 characters (now %2).</source>
        <translation>El nombre del síntoma debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>Keep the note under %1 characters (now %2): keep the main points.</source>
        <translation>La nota debe tener menos de %1 caracteres (ahora tiene %2). Deje solo lo más importante.</translation>
    </message>
    <message>
        <source>A score is a whole number from %1 to %2.</source>
        <translation>El puntaje es un número entero del %1 al %2.</translation>
    </message>
    <message>
        <source>The check-in&apos;s time needs a time zone.</source>
        <translation>La hora del registro necesita una zona horaria.</translation>
    </message>
    <message>
        <source>Choose a number for at least one symptom, or press Esc to leave without saving.</source>
        <translation>Elija un número para al menos un síntoma, o presione Esc para salir sin guardar.</translation>
    </message>
    <message>
        <source>Name the other problem, or leave its number empty.</source>
        <translation>Escriba el nombre del otro problema, o deje su número vacío.</translation>
    </message>
    <message>
        <source>That one is already a scale above: rate it there.</source>
        <translation>Ese síntoma ya tiene su escala arriba: califíquelo ahí.</translation>
    </message>
    <message>
        <source>The check-in&apos;s time can&apos;t be in the future.</source>
        <translation>La hora del registro no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>You already track a symptom with this name.</source>
        <translation>Ya anota un síntoma con este nombre.</translation>
    </message>
    <message>
        <source>Type the medicine&apos;s name first. It can&apos;t be empty.</source>
        <translation>Primero escriba el nombre del medicamento. No puede quedar vacío.</translation>
    </message>
    <message>
        <source>Keep this under %1 characters (now %2).</source>
        <translation>Este texto debe tener menos de %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>The day it stopped can&apos;t be before the day it started.</source>
        <translation>El día en que lo dejó no puede ser antes del día en que lo empezó.</translation>
    </message>
    <message>
        <source>A new dose can&apos;t start before the medicine was started.</source>
        <translation>Una dosis nueva no puede empezar antes de que empezara el medicamento.</translation>
    </message>
    <message>
        <source>A new dose can&apos;t start after the medicine was stopped.</source>
        <translation>Una dosis nueva no puede empezar después de que dejó el medicamento.</translation>
    </message>
    <message>
        <source>A side effect can&apos;t be both one of the hardest and one of the easiest to accept. Leave it in one of the two lists.</source>
        <translation>Un efecto secundario no puede estar a la vez entre los más difíciles y los más fáciles de aceptar. Déjelo en una sola de las dos listas.</translation>
    </message>
    <message>
        <source>A percentage goes only with a positive or low result. Clear the percentage, or change the result.</source>
        <translation>Un porcentaje solo va con un resultado positivo o bajo. Borre el porcentaje, o cambie el resultado.</translation>
    </message>
    <message>
        <source>Type a percentage from %1 to %2.</source>
        <translation>Escriba un porcentaje del %1 al %2.</translation>
    </message>
    <message>
        <source>Low means from %1 to %2 %. For a higher percentage, choose positive.</source>
        <translation>Bajo quiere decir del %1 al %2 %. Para un porcentaje más alto, elija positivo.</translation>
    </message>
    <message>
        <source>A treatment still being taken has no day it stopped. Clear that day, or choose why it stopped.</source>
        <translation>Un tratamiento que todavía toma no tiene día en que se dejó. Borre ese día, o elija por qué se dejó.</translation>
    </message>
    <message>
        <source>Choose a line number from %1 to %2.</source>
        <translation>Elija un número de línea del %1 al %2.</translation>
    </message>
    <message>
        <source>A test that was not done has no date, sample or value. Clear them, or change the result.</source>
        <translation>Una prueba que no se hizo no tiene fecha, muestra ni valor. Bórrelos, o cambie el resultado.</translation>
    </message>
    <message>
        <source>A new dose has to start after the last change.</source>
        <translation>Una dosis nueva tiene que empezar después del último cambio.</translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open this journal.</source>
        <translation>Esa frase de contraseña o clave de recuperación no abre este cuaderno.</translation>
    </message>
    <message>
        <source>The file that holds the journal&apos;s key (journal.key) cannot be read. Your recovery key still opens the journal.</source>
        <translation>No se puede leer el archivo que guarda la clave del cuaderno (journal.key). Su clave de recuperación todavía abre el cuaderno.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file was written by a newer version of MBC Desktop. Install that version to use your passphrase; your recovery key still opens the journal.</source>
        <translation>El archivo de la clave del cuaderno lo escribió una versión más nueva de MBC Desktop. Instale esa versión para usar su frase de contraseña; su clave de recuperación todavía abre el cuaderno.</translation>
    </message>
    <message>
        <source>The journal is encrypted. Unlock it with your passphrase or recovery key first.</source>
        <translation>El cuaderno está cifrado. Primero desbloquéelo con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>This backup is encrypted, and this journal&apos;s key does not open it, so it was not restored and your journal was not changed. Choose a backup of this journal.</source>
        <translation>Esta copia de seguridad está cifrada y la clave de este cuaderno no la abre, así que no se restauró y su cuaderno no cambió. Elija una copia de seguridad de este cuaderno.</translation>
    </message>
    <message>
        <source>Encryption could not be changed, and your journal was not changed. Make sure the data folder has free space, then try again.</source>
        <translation>No se pudo cambiar el cifrado, y su cuaderno no cambió. Asegúrese de que la carpeta de datos tenga espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no journal to encrypt yet.</source>
        <translation>Todavía no hay un cuaderno que cifrar.</translation>
    </message>
    <message>
        <source>The journal is already encrypted.</source>
        <translation>El cuaderno ya está cifrado.</translation>
    </message>
    <message>
        <source>The journal is not encrypted.</source>
        <translation>El cuaderno no está cifrado.</translation>
    </message>
    <message>
        <source>Your journal file is damaged, so MBC Desktop did not open it; the file was left as it is. Restore the newest backup that passes its check, or rescue what can still be read into a new file.</source>
        <translation>El archivo de su cuaderno está dañado, así que MBC Desktop no lo abrió. El archivo quedó como estaba. Restaure la copia de seguridad más reciente que pase su revisión, o rescate lo que todavía se pueda leer en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Your journal file turned out to be damaged while in use, so MBC Desktop stopped saving to it and your last change was not saved; the file was left as it is. Close MBC Desktop, then restore the newest backup that passes its check, or rescue what can still be read into a new file.</source>
        <translation>Se descubrió que el archivo de su cuaderno estaba dañado mientras se usaba, así que MBC Desktop dejó de guardar en él y su último cambio no se guardó. El archivo quedó como estaba. Cierre MBC Desktop y luego restaure la copia de seguridad más reciente que pase su revisión, o rescate lo que todavía se pueda leer en un archivo nuevo.</translation>
    </message>
    <message>
        <source>The backup did not pass its check after it was written, so it was deleted. Your journal was not changed; try again, or back up to another folder.</source>
        <translation>La copia de seguridad no pasó su revisión después de escribirse, así que se borró. Su cuaderno no cambió. Vuelva a intentarlo, o haga la copia de seguridad en otra carpeta.</translation>
    </message>
    <message>
        <source>The backup could not be written. Your journal was not changed; make sure the folder has free space and that you may write in it, then try again.</source>
        <translation>No se pudo escribir la copia de seguridad. Su cuaderno no cambió. Revise que la carpeta tenga espacio libre y que usted pueda escribir en ella, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your journal file is damaged, so it was not backed up: a backup would copy the damage. Restore the newest backup that passes its check, or rescue what can still be read into a new file.</source>
        <translation>El archivo de su cuaderno está dañado, así que no se hizo la copia de seguridad: la copia tendría el mismo daño. Restaure la copia de seguridad más reciente que pase su revisión, o rescate lo que todavía se pueda leer en un archivo nuevo.</translation>
    </message>
    <message>
        <source>The folder chosen for the backup is not there. Connect the drive or choose another folder, then try again.</source>
        <translation>La carpeta elegida para la copia de seguridad no está. Conecte la unidad o elija otra carpeta, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This backup is damaged, so it was not restored and your journal was not changed. Choose another backup.</source>
        <translation>Esta copia de seguridad está dañada, así que no se restauró y su cuaderno no cambió. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>This file is not a backup of an MBC Desktop journal, so it was not restored and your journal was not changed. Choose a backup of your journal.</source>
        <translation>Este archivo no es una copia de seguridad de un cuaderno de MBC Desktop, así que no se restauró y su cuaderno no cambió. Elija una copia de seguridad de su cuaderno.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of MBC Desktop, so it was not restored and your journal was not changed. Install that version (or newer) to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de MBC Desktop, así que no se restauró y su cuaderno no cambió. Instale esa versión (o una más nueva) para restaurarla.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your journal was not changed. Make sure the data folder has free space, then try again.</source>
        <translation>No se pudo restaurar la copia de seguridad, y su cuaderno no cambió. Revise que la carpeta de datos tenga espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged journal, so no new file was made. Restore a backup instead.</source>
        <translation>No se pudo leer nada del cuaderno dañado, así que no se creó ningún archivo nuevo. En su lugar, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The rescued journal could not be written, so no new file was made and the damaged one was left as it is. Make sure the folder has free space, then try again.</source>
        <translation>No se pudo escribir el cuaderno rescatado, así que no se creó ningún archivo nuevo y el dañado quedó como estaba. Revise que la carpeta tenga espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file could not be read (%1). Check that it is there and try again.</source>
        <translation>No se pudo leer este archivo (%1). Revise que esté allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the .json file that MBC Desktop exported.</source>
        <translation>Esto es una carpeta, no un archivo. Elija el archivo .json que exportó MBC Desktop.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Choose another folder and try again.</source>
        <translation>No se pudo guardar el archivo (%1). Elija otra carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The journal could not be exported because an entry breaks MBC Desktop&apos;s rules (%1). Make a backup instead (it keeps everything), and report the problem.</source>
        <translation>No se pudo exportar el cuaderno porque una entrada no cumple las reglas de MBC Desktop (%1). En su lugar, haga una copia de seguridad (guarda todo) e informe el problema.</translation>
    </message>
    <message>
        <source>The file could not be merged because an entry in the journal breaks MBC Desktop&apos;s rules (%1). Nothing was changed. Make a backup, and report the problem.</source>
        <translation>No se pudo combinar el archivo porque una entrada del cuaderno no cumple las reglas de MBC Desktop (%1). No se cambió nada. Haga una copia de seguridad e informe el problema.</translation>
    </message>
    <message>
        <source>The file&apos;s entries could not be added to the journal (they do not fit together with it). Nothing was changed.</source>
        <translation>No se pudieron agregar las entradas del archivo al cuaderno (no encajan con él). No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not an MBC Desktop export. Choose a file that MBC Desktop saved with Export (it ends in .json).</source>
        <translation>Esto no es una exportación de MBC Desktop. Elija un archivo que MBC Desktop haya guardado con Exportar (termina en .json).</translation>
    </message>
    <message>
        <source>This file was made by a newer MBC Desktop (format version %1). Update MBC Desktop to import it.</source>
        <translation>Este archivo se hizo con una versión más nueva de MBC Desktop (versión de formato %1). Actualice MBC Desktop para importarlo.</translation>
    </message>
    <message>
        <source>This file is too big to be an MBC Desktop export (%1 MB; the most is %2 MB). Nothing was changed.</source>
        <translation>Este archivo es demasiado grande para ser una exportación de MBC Desktop (%1 MB; lo máximo es %2 MB). No se cambió nada.</translation>
    </message>
    <message>
        <source>This file has more %1 (%2) than MBC Desktop can import (at most %3). Nothing was changed.</source>
        <translation>Este archivo tiene más %1 (%2) de lo que MBC Desktop puede importar (como máximo %3). No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is damaged: part of it is not text. Export the journal again, or use a backup. Nothing was changed.</source>
        <translation>Este archivo está dañado: una parte no es texto. Vuelva a exportar el cuaderno, o use una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is cut short: it ends before the journal does (it may not have finished copying). Export the journal again, or use a backup. Nothing was changed.</source>
        <translation>Este archivo está incompleto: termina antes que el cuaderno (puede que no se haya terminado de copiar). Vuelva a exportar el cuaderno, o use una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is damaged: it nests lists and groups far deeper than any export. Nothing was changed.</source>
        <translation>Este archivo está dañado: tiene listas y grupos unos dentro de otros a mucha más profundidad que cualquier exportación. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is damaged: %1 (line %2, column %3). Export the journal again, or use a backup. Nothing was changed.</source>
        <translation>Este archivo está dañado: %1 (línea %2, columna %3). Vuelva a exportar el cuaderno, o use una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported: %1. Nothing was changed.</source>
        <translation>Este archivo no se puede importar: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>it holds a number far too long to be anything MBC Desktop keeps</source>
        <translation>tiene un número demasiado largo para ser algo que MBC Desktop guarde</translation>
    </message>
    <message>
        <source>it holds %1, which is not a number JSON can hold</source>
        <translation>tiene %1, que no es un número que JSON pueda guardar</translation>
    </message>
    <message>
        <source>the field %1 is in one group twice</source>
        <translation>el campo %1 está dos veces en un mismo grupo</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1 (y %2 problemas más)</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1 (y 1 problema más)</translation>
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
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>síntomas</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>registros de síntomas</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>This text has a character that can&apos;t be saved (it may show as a box or a question mark). Delete that character, or type the text again instead of pasting it.</source>
        <translation>Este texto tiene un carácter que no se puede guardar (puede verse como un cuadrito o un signo de interrogación). Borre ese carácter, o escriba el texto de nuevo en vez de pegarlo.</translation>
    </message>
</context>
<context>
    <name>DoseHistory</name>
    <message>
        <source>Dose history</source>
        <translation>Historial de dosis</translation>
    </message>
    <message>
        <source>Record a dose chan&amp;ge…</source>
        <translation>Anotar un cam&amp;bio de dosis…</translation>
    </message>
    <message>
        <source>A new dose or schedule from a day on; the old one stays in the history</source>
        <translation>Una dosis u horario nuevo a partir de un día; el anterior queda en el historial</translation>
    </message>
    <message>
        <source>Remove the last change</source>
        <translation>Quitar el último cambio</translation>
    </message>
    <message>
        <source>Take the latest dose change out of the history (you can undo this)</source>
        <translation>Quitar del historial el cambio de dosis más reciente (puede deshacerlo)</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <source>Such as 100 mg</source>
        <translation>Por ejemplo: 100 mg</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nuevo horario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Record the new dose from that day (Enter)</source>
        <translation>Guardar la nueva dosis a partir de ese día (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without recording anything (Esc)</source>
        <translation>Cerrar sin guardar nada (Esc)</translation>
    </message>
    <message>
        <source>New do&amp;se</source>
        <translation>Nueva do&amp;sis</translation>
    </message>
    <message>
        <source>New schedu&amp;le</source>
        <translation>Nuevo h&amp;orario</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Fecha del cambio</translation>
    </message>
    <message>
        <source>This is the dose and schedule taken now: type the new one.</source>
        <translation>Estos son la dosis y el horario que toma ahora: escriba los nuevos.</translation>
    </message>
</context>
<context>
    <name>DuringVisit</name>
    <message>
        <source>Space marks the picked question asked; press it again to make it open. Start typing to write its answer, then press Enter.</source>
        <translation>Espacio marca la pregunta elegida como Preguntada; presiónelo otra vez para dejarla Abierta. Empiece a escribir para anotar la respuesta y luego presione Enter.</translation>
    </message>
    <message>
        <source>&amp;Planned questions</source>
        <translation>Preguntas para esta &amp;cita</translation>
    </message>
    <message>
        <source>No questions are planned for this visit. Write down what is said in the notes box.</source>
        <translation>No hay preguntas para esta consulta. Anote lo que le digan en el cuadro de notas.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What did the care team say? Enter saves it and goes back to the list.</source>
        <translation>¿Qué le dijo su equipo de atención médica? Enter la guarda y vuelve a la lista.</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Notes from the visit</source>
        <translation>Notas de la consulta</translation>
    </message>
    <message>
        <source>Anything else that is said: doses, names, phone numbers, what to watch for.</source>
        <translation>Todo lo demás que le digan: dosis, nombres, teléfonos, qué vigilar.</translation>
    </message>
    <message>
        <source>&amp;Notes from the visit</source>
        <translation>&amp;Notas de la consulta</translation>
    </message>
    <message>
        <source>F&amp;inish the visit</source>
        <translation>&amp;Terminar la consulta</translation>
    </message>
    <message>
        <source>Go on to After the visit: mark each question, write down what was decided and set the next appointment (Alt+I)</source>
        <translation>Pasar a Después de la consulta: marcar cada pregunta, anotar lo que se decidió y poner la próxima cita (Alt+T)</translation>
    </message>
    <message>
        <source>Visit with %1</source>
        <translation>Consulta con %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mark open again (Space)</source>
        <translation>Marcar como abierta (Espacio)</translation>
    </message>
    <message>
        <source>Mark asked (Space)</source>
        <translation>Marcar como preguntada (Espacio)</translation>
    </message>
    <message>
        <source>This question is answered. You can change it after the visit.</source>
        <translation>Esta pregunta ya está respondida. Puede cambiarla después de la consulta.</translation>
    </message>
    <message>
        <source>Marked asked</source>
        <translation>Marcada como preguntada</translation>
    </message>
    <message>
        <source>Marked open</source>
        <translation>Marcada como abierta</translation>
    </message>
    <message>
        <source>For question %1: %2</source>
        <translation>Para la pregunta %1: %2</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>%1 of %2 asked</source>
        <translation>%1 de %2 preguntadas</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Passphrase and lock</source>
        <translation>Frase de contraseña y bloqueo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Turn &amp;on encryption…</source>
        <translation>&amp;Activar el cifrado…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>&amp;Desactivar el cifrado…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>&amp;Bloquear después de</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>B&amp;loquear ahora</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hides your journal until your passphrase is typed again. Ctrl+L does it too.</source>
        <translation>Oculta su cuaderno hasta que vuelva a escribir su frase de contraseña. Ctrl+L hace lo mismo.</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>Activar el cifrado</translation>
    </message>
    <message>
        <source>Choose a passphrase. Your journal and every backup of it are then encrypted: MBC Desktop asks for the passphrase when it starts and after it locks, and no one can read them without it.</source>
        <translation>Elija una frase de contraseña. Su cuaderno y todas sus copias de seguridad quedan cifrados: MBC Desktop le pide la frase de contraseña al abrirse y después de bloquearse, y nadie puede leerlos sin ella.</translation>
    </message>
    <message>
        <source>A good passphrase is a few words that have nothing to do with each other: easy for you to remember, hard for anyone else to guess. It needs at least %1 characters.</source>
        <translation>Una buena frase de contraseña son unas cuantas palabras que no tienen nada que ver entre sí: fácil de recordar para usted y difícil de adivinar para los demás. Necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase you use now (or your recovery key), then the new one twice. Your recovery key stays the same.</source>
        <translation>Escriba la frase de contraseña que usa ahora (o su clave de recuperación) y luego la nueva dos veces. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>Your journal and its backups become plain files again: anyone who can open your files on this computer, or a copy of them, can read them. Your passphrase and recovery key are then no longer needed, and the journal no longer locks.</source>
        <translation>Su cuaderno y sus copias de seguridad vuelven a ser archivos sin cifrar: cualquier persona que pueda abrir sus archivos en esta computadora, o una copia de ellos, puede leerlos. Ya no necesitará su frase de contraseña ni su clave de recuperación, y el cuaderno ya no se bloqueará.</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption</source>
        <translation>&amp;Desactivar el cifrado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Encryption is on. Your journal and its backups open only with your passphrase or your recovery key.</source>
        <translation>El cifrado está activado. Su cuaderno y sus copias de seguridad solo se abren con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>MBC Desktop locks your journal when you have not used it for a while, and asks for your passphrase again. Your place is kept.</source>
        <translation>MBC Desktop bloquea su cuaderno cuando no lo ha usado por un rato y le vuelve a pedir su frase de contraseña. Se guarda dónde estaba.</translation>
    </message>
    <message>
        <source>Encryption is off. Anyone who can open your files on this computer, or a copy of them, can read your journal. With a passphrase, no one can read it without that passphrase.</source>
        <translation>El cifrado está desactivado. Cualquier persona que pueda abrir sus archivos en esta computadora, o una copia de ellos, puede leer su cuaderno. Con una frase de contraseña, nadie puede leerlo sin ella.</translation>
    </message>
    <message>
        <source>The lock needs a passphrase: turn on encryption first.</source>
        <translation>El bloqueo necesita una frase de contraseña: primero active el cifrado.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 minutes of no use</source>
        <translation>%1 minutos sin usarlo</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so nothing was changed. Try again; if it happens again, the log in the data folder says why.</source>
        <translation>Ocurrió un problema inesperado, así que no se cambió nada. Vuelva a intentarlo; si pasa otra vez, el archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open your journal. Check it and try again.</source>
        <translation>Esa frase de contraseña o clave de recuperación no abre su cuaderno. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your journal is encrypted. From now on MBC Desktop asks for your passphrase when it starts. It locks after %1; you can change that here.</source>
        <translation>Su cuaderno está cifrado. Desde ahora MBC Desktop le pide su frase de contraseña al abrirse. Se bloquea tras %1; puede cambiarlo aquí.</translation>
    </message>
    <message>
        <source>These backups could not be encrypted (they may be damaged), so anyone who opens them can read them: %1. Delete them if you do not need them.</source>
        <translation>Estas copias de seguridad no se pudieron cifrar (quizá estén dañadas), así que cualquier persona que las abra puede leerlas: %1. Bórrelas si no las necesita.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key stays the same.</source>
        <translation>Su frase de contraseña cambió. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Encryption is off. Your journal and its backups are plain files again, and MBC Desktop no longer asks for a passphrase.</source>
        <translation>El cifrado está desactivado. Su cuaderno y sus copias de seguridad vuelven a ser archivos sin cifrar, y MBC Desktop ya no pide una frase de contraseña.</translation>
    </message>
    <message>
        <source>These backups could not be read back, so they stay encrypted: %1. Your passphrase or recovery key still opens them.</source>
        <translation>Estas copias de seguridad no se pudieron volver a leer, así que siguen cifradas: %1. Su frase de contraseña o su clave de recuperación todavía las abre.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>%1: %2 of 10, by %3.</source>
        <translation>%1: %2 de 10; lo llenó: %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Quién lo llenó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
    <name>FigureWords</name>
    <message>
        <source>%1 (no longer tracked)</source>
        <translation>%1 (ya no lo anota)</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>%1 (other problem)</source>
        <translation>%1 (otro problema)</translation>
    </message>
    <message>
        <source>Worse by %1 or more</source>
        <translation>Empeoró %1 o más</translation>
    </message>
    <message>
        <source>no entries before to compare</source>
        <translation>no hay registros antes para comparar</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>about the same as before</source>
        <translation>casi igual que antes</translation>
    </message>
    <message>
        <source>%1 higher than before</source>
        <translation>%1 más alto que antes</translation>
    </message>
    <message>
        <source>%1 lower than before</source>
        <translation>%1 más bajo que antes</translation>
    </message>
    <message>
        <source>No entries in this time</source>
        <translation>No hay registros en este periodo</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>último %1</translation>
    </message>
    <message>
        <source>worst %1 on %2</source>
        <translation>peor %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>average %1 over %n entry(s)</source>
        <translation>
            <numerusform>promedio %1 en %n registro</numerusform>
            <numerusform>promedio %1 en %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>promedio %1</translation>
    </message>
</context>
<context>
    <name>GoalFields</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>What matters most to me now</source>
        <translation>Lo que más me importa ahora</translation>
    </message>
    <message>
        <source>In a sentence or two. It goes at the top of your summary for your team.</source>
        <translation>En una o dos oraciones. Aparece al principio del resumen para su equipo.</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>Such as: being well enough to travel to my daughter&apos;s wedding in June</source>
        <translation>Por ejemplo: sentirme bien para viajar a la boda de mi hija en junio</translation>
    </message>
    <message>
        <source>&amp;What matters most to me now</source>
        <translation>Lo que más me &amp;importa ahora</translation>
    </message>
    <message>
        <source>Your own words. You can change them any time; earlier ones are kept.</source>
        <translation>Con sus propias palabras. Puede cambiarlas cuando quiera; las anteriores se conservan.</translation>
    </message>
    <message>
        <source>How much each goal matters</source>
        <translation>Qué tan importante es cada meta</translation>
    </message>
    <message>
        <source>How much does each goal matter to you right now? There are no right answers, and they may change.</source>
        <translation>¿Qué tan importante es cada meta para usted en este momento? No hay respuestas correctas, y pueden cambiar.</translation>
    </message>
    <message>
        <source>My goals now</source>
        <translation>Mis metas ahora</translation>
    </message>
    <message>
        <source>&amp;Living as long as possible</source>
        <translation>Vivir el &amp;mayor tiempo posible</translation>
    </message>
    <message>
        <source>Treatment aimed at more time, even if it brings more side effects.</source>
        <translation>Un tratamiento que busca más tiempo de vida, aunque traiga más efectos secundarios.</translation>
    </message>
    <message>
        <source>&amp;Keeping the cancer from growing for as long as possible</source>
        <translation>Evitar que el cáncer &amp;crezca por el mayor tiempo posible</translation>
    </message>
    <message>
        <source>Keeping the cancer stable, so it does not grow or spread.</source>
        <translation>Mantener el cáncer estable, para que no crezca ni se extienda.</translation>
    </message>
    <message>
        <source>Qualit&amp;y of life</source>
        <translation>Calida&amp;d de vida</translation>
    </message>
    <message>
        <source>Feeling as well as you can day to day, and doing what you enjoy.</source>
        <translation>Sentirse lo mejor posible cada día y hacer lo que disfruta.</translation>
    </message>
    <message>
        <source>&amp;Relief of the symptoms I have now</source>
        <translation>Aliviar los &amp;síntomas que tengo ahora</translation>
    </message>
    <message>
        <source>Easing pain, tiredness or other problems the cancer causes now.</source>
        <translation>Aliviar el dolor, el cansancio u otros problemas que el cáncer causa ahora.</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Every treatment has side effects. Knowing which ones you could live with helps you and your team choose.</source>
        <translation>Todo tratamiento tiene efectos secundarios. Saber con cuáles podría vivir le ayuda a usted y a su equipo a elegir.</translation>
    </message>
    <message>
        <source>Har&amp;dest to accept</source>
        <translation>Los más &amp;difíciles de aceptar</translation>
    </message>
    <message>
        <source>Other hard ones, in my &amp;own words</source>
        <translation>&amp;Otros difíciles, en mis palabras</translation>
    </message>
    <message>
        <source>Check the ones you would find hardest to live with (Space checks).</source>
        <translation>Marque los que le costaría más soportar (Espacio marca).</translation>
    </message>
    <message>
        <source>Side effects hardest to accept</source>
        <translation>Efectos secundarios más difíciles de aceptar</translation>
    </message>
    <message>
        <source>Other hard side effects, in my words</source>
        <translation>Otros efectos secundarios difíciles, en mis palabras</translation>
    </message>
    <message>
        <source>Ea&amp;siest to accept</source>
        <translation>Los más &amp;fáciles de aceptar</translation>
    </message>
    <message>
        <source>Other easy ones, in my wo&amp;rds</source>
        <translation>Otros fáciles, en mis palab&amp;ras</translation>
    </message>
    <message>
        <source>Check the ones you could accept more easily (Space checks).</source>
        <translation>Marque los que podría aceptar con más facilidad (Espacio marca).</translation>
    </message>
    <message>
        <source>Side effects easiest to accept</source>
        <translation>Efectos secundarios más fáciles de aceptar</translation>
    </message>
    <message>
        <source>Other easy side effects, in my words</source>
        <translation>Otros efectos secundarios fáciles, en mis palabras</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>How and where you would rather be treated, if you have a choice.</source>
        <translation>Cómo y dónde preferiría recibir tratamiento, si puede elegir.</translation>
    </message>
    <message>
        <source>Pills or infusions</source>
        <translation>Pastillas o infusiones</translation>
    </message>
    <message>
        <source>&amp;Pills or infusions</source>
        <translation>Pastillas o &amp;infusiones</translation>
    </message>
    <message>
        <source>Pills are taken at home; infusions go into a vein at a clinic or hospital.</source>
        <translation>Las pastillas se toman en casa; las infusiones se ponen en la vena, en una clínica o un hospital.</translation>
    </message>
    <message>
        <source>Where I want to be treated</source>
        <translation>Dónde quiero recibir tratamiento</translation>
    </message>
    <message>
        <source>Such as a clinic near home, or a cancer center</source>
        <translation>Por ejemplo: una clínica cerca de casa o un centro de cáncer</translation>
    </message>
    <message>
        <source>&amp;Where I want to be treated</source>
        <translation>&amp;Dónde quiero recibir tratamiento</translation>
    </message>
    <message>
        <source>A hospital, a clinic near home, a cancer center: whatever matters to you.</source>
        <translation>Un hospital, una clínica cerca de casa, un centro de cáncer: lo que a usted le importe.</translation>
    </message>
    <message>
        <source>How far I would travel</source>
        <translation>Qué tan lejos viajaría</translation>
    </message>
    <message>
        <source>How far I would &amp;travel</source>
        <translation>Qué tan &amp;lejos viajaría</translation>
    </message>
    <message>
        <source>Some treatments and trials are offered only in a few places.</source>
        <translation>Algunos tratamientos y ensayos solo se ofrecen en pocos lugares.</translation>
    </message>
    <message>
        <source>Clinical trials</source>
        <translation>Ensayos clínicos</translation>
    </message>
    <message>
        <source>A clinical trial tests a new treatment, or a new way to use one. Joining one is always your choice.</source>
        <translation>Un ensayo clínico prueba un tratamiento nuevo, o una nueva forma de usar uno. Participar siempre es su decisión.</translation>
    </message>
    <message>
        <source>Interest in clinical trials</source>
        <translation>Interés en ensayos clínicos</translation>
    </message>
    <message>
        <source>&amp;Interest in clinical trials</source>
        <translation>&amp;Interés en ensayos clínicos</translation>
    </message>
    <message>
        <source>Would you like to hear about trials that might fit you?</source>
        <translation>¿Le gustaría saber de ensayos que podrían ser para usted?</translation>
    </message>
    <message>
        <source>Practical matters</source>
        <translation>Asuntos prácticos</translation>
    </message>
    <message>
        <source>Money, insurance and help at home shape what treatment fits your life.</source>
        <translation>El dinero, el seguro y la ayuda en casa influyen en qué tratamiento se adapta a su vida.</translation>
    </message>
    <message>
        <source>Insurance and out-of-network concerns</source>
        <translation>Dudas sobre el seguro y servicios fuera de la red</translation>
    </message>
    <message>
        <source>I&amp;nsurance and out-of-network concerns</source>
        <translation>Dudas sobre el &amp;seguro y servicios fuera de la red</translation>
    </message>
    <message>
        <source>Costs, coverage, or doctors and hospitals your plan may not pay for (out of network).</source>
        <translation>Costos, cobertura, o médicos y hospitales que su plan tal vez no pague (fuera de la red).</translation>
    </message>
    <message>
        <source>Help I have at home</source>
        <translation>Ayuda que tengo en casa</translation>
    </message>
    <message>
        <source>Help I have at ho&amp;me</source>
        <translation>Ayuda que tengo en &amp;casa</translation>
    </message>
    <message>
        <source>Check the help you can count on (Space checks).</source>
        <translation>Marque la ayuda con la que puede contar (Espacio marca).</translation>
    </message>
    <message>
        <source>Notes about help at home</source>
        <translation>Notas sobre la ayuda en casa</translation>
    </message>
    <message>
        <source>Notes a&amp;bout help at home</source>
        <translation>&amp;Notas sobre la ayuda en casa</translation>
    </message>
    <message>
        <source>Who helps and when, or help you still need.</source>
        <translation>Quién ayuda y cuándo, o la ayuda que todavía necesita.</translation>
    </message>
    <message>
        <source>My advocate</source>
        <translation>Mi persona de apoyo</translation>
    </message>
    <message>
        <source>Someone who comes with you, takes notes or speaks up for you.</source>
        <translation>Alguien que va con usted, toma notas o habla por usted.</translation>
    </message>
    <message>
        <source>My advocate&apos;s name</source>
        <translation>Nombre de mi persona de apoyo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>My advocate&apos;s relationship to me</source>
        <translation>Relación de mi persona de apoyo conmigo</translation>
    </message>
    <message>
        <source>Such as partner, daughter or friend</source>
        <translation>Por ejemplo: pareja, hija o amiga</translation>
    </message>
    <message>
        <source>&amp;Relationship to me</source>
        <translation>&amp;Relación conmigo</translation>
    </message>
    <message>
        <source>May speak for me</source>
        <translation>Puede hablar por mí</translation>
    </message>
    <message>
        <source>&amp;May speak for me with my care team</source>
        <translation>Puede &amp;hablar por mí con mi equipo de atención médica</translation>
    </message>
    <message>
        <source>Your team may ask you to sign a form for this too.</source>
        <translation>Es posible que su equipo también le pida firmar un formulario para esto.</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Another cancer doctor looks at your case and plan. Many people get one, and doctors expect it.</source>
        <translation>Otro/a oncólogo/a revisa su caso y su plan. Muchas personas piden una, y los médicos lo esperan.</translation>
    </message>
    <message>
        <source>&amp;Second opinion</source>
        <translation>&amp;Segunda opinión</translation>
    </message>
    <message>
        <source>Where the second opinion is</source>
        <translation>Dónde es la segunda opinión</translation>
    </message>
    <message>
        <source>Such as a cancer center, or a doctor&apos;s name</source>
        <translation>Por ejemplo: un centro de cáncer o el nombre de un/a médico/a</translation>
    </message>
    <message>
        <source>Where (&amp;clinic or doctor)</source>
        <translation>Dónde (&amp;clínica o médico/a)</translation>
    </message>
    <message>
        <source>The hospital, cancer center or doctor.</source>
        <translation>El hospital, el centro de cáncer o el/la médico/a.</translation>
    </message>
</context>
<context>
    <name>GoalsCommands</name>
    <message>
        <source>Change “%1”</source>
        <translation>cambios en “%1”</translation>
    </message>
    <message>
        <source>Change several answers in My goals</source>
        <translation>cambios en varias respuestas de Mis metas</translation>
    </message>
</context>
<context>
    <name>GoalsPane</name>
    <message>
        <source>My goals</source>
        <translation>Mis metas</translation>
    </message>
    <message>
        <source>What matters to you, for choices about treatment. Every question is optional; answer what you like, when you like. Changes are saved as you go, with their dates, and earlier answers are kept.</source>
        <translation>Lo que le importa a usted, para las decisiones sobre su tratamiento. Todas las preguntas son opcionales: responda lo que quiera, cuando quiera. Los cambios se guardan mientras avanza, con su fecha, y las respuestas anteriores se conservan.</translation>
    </message>
    <message>
        <source>What changed since my last appointment</source>
        <translation>Qué cambió desde mi última cita</translation>
    </message>
    <message>
        <source>Answers you changed since then, with the day of each change.</source>
        <translation>Las respuestas que cambió desde entonces, con el día de cada cambio.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>No past appointment yet, so there is nothing to compare with. After your first one, what you change here shows in this section.</source>
        <translation>Aún no hay una cita pasada, así que no hay nada con qué comparar. Después de su primera cita, lo que cambie aquí aparecerá en esta sección.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last appointment (%1).</source>
        <translation>No ha cambiado nada desde su última cita (%1).</translation>
    </message>
    <message>
        <source>Since your last appointment (%1):</source>
        <translation>Desde su última cita (%1):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no se guardó</translation>
    </message>
    <message>
        <source>What you typed is kept here, but not saved until the message under it is fixed. The last saved answer is still in your journal.</source>
        <translation>Lo que escribió sigue aquí, pero no se guardará hasta que resuelva lo que dice el mensaje de abajo. La última respuesta guardada sigue en su cuaderno.</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <source>Everything here is saved on this computer.</source>
        <translation>Todo lo de aquí se guarda en esta computadora.</translation>
    </message>
</context>
<context>
    <name>GoalsWords</name>
    <message>
        <source>What matters most to me now</source>
        <translation>Lo que más me importa ahora</translation>
    </message>
    <message>
        <source>Side effects hardest to accept</source>
        <translation>Efectos secundarios más difíciles de aceptar</translation>
    </message>
    <message>
        <source>Other hard side effects, in my words</source>
        <translation>Otros efectos secundarios difíciles, en mis palabras</translation>
    </message>
    <message>
        <source>Side effects easiest to accept</source>
        <translation>Efectos secundarios más fáciles de aceptar</translation>
    </message>
    <message>
        <source>Other easy side effects, in my words</source>
        <translation>Otros efectos secundarios fáciles, en mis palabras</translation>
    </message>
    <message>
        <source>Pills or infusions</source>
        <translation>Pastillas o infusiones</translation>
    </message>
    <message>
        <source>Where I want to be treated</source>
        <translation>Dónde quiero recibir tratamiento</translation>
    </message>
    <message>
        <source>How far I would travel</source>
        <translation>Qué tan lejos viajaría</translation>
    </message>
    <message>
        <source>Interest in clinical trials</source>
        <translation>Interés en ensayos clínicos</translation>
    </message>
    <message>
        <source>Insurance and out-of-network concerns</source>
        <translation>Dudas sobre el seguro y servicios fuera de la red</translation>
    </message>
    <message>
        <source>Help I have at home</source>
        <translation>Ayuda que tengo en casa</translation>
    </message>
    <message>
        <source>Notes about help at home</source>
        <translation>Notas sobre la ayuda en casa</translation>
    </message>
    <message>
        <source>My advocate&apos;s name</source>
        <translation>Nombre de mi persona de apoyo</translation>
    </message>
    <message>
        <source>My advocate&apos;s relationship to me</source>
        <translation>Relación de mi persona de apoyo conmigo</translation>
    </message>
    <message>
        <source>My advocate may speak for me</source>
        <translation>Mi persona de apoyo puede hablar por mí</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Where the second opinion is</source>
        <translation>Dónde es la segunda opinión</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (how much it matters)</source>
        <translation>%1 (qué tan importante es)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1: “%2” (answered %3)</source>
        <translation>%1: “%2” (se respondió el %3)</translation>
    </message>
    <message>
        <source>%1: cleared; it was “%2” (%3)</source>
        <translation>%1: se borró; era “%2” (%3)</translation>
    </message>
    <message>
        <source>%1: from “%2” to “%3” (%4)</source>
        <translation>%1: de “%2” a “%3” (%4)</translation>
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
    <name>HomePane</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Your next appointment</source>
        <translation>Su próxima cita</translation>
    </message>
    <message>
        <source>Questions planned for it</source>
        <translation>Preguntas para esa cita</translation>
    </message>
    <message>
        <source>You have no appointment coming up. Add your next one: your questions, the visit itself and what was said all gather around it.</source>
        <translation>No tiene ninguna cita próxima. Agregue la siguiente: sus preguntas, la consulta y lo que le digan quedan juntos en esa cita.</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Nueva pregunta</translation>
    </message>
    <message>
        <source>Add an a&amp;ppointment</source>
        <translation>Nueva &amp;cita</translation>
    </message>
    <message>
        <source>&amp;Start the visit</source>
        <translation>&amp;Iniciar la consulta</translation>
    </message>
    <message>
        <source>A calm, large view of your questions to use during the appointment</source>
        <translation>Sus preguntas con letra grande y sin distracciones, para usar durante la cita</translation>
    </message>
    <message>
        <source>Prepare the su&amp;mmary</source>
        <translation>Preparar el &amp;resumen</translation>
    </message>
    <message>
        <source>A one-page summary for the doctor: preview, print, save as PDF (Ctrl+P)</source>
        <translation>Un resumen de una página para el médico: vista previa, imprimir, guardar como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add your next a&amp;ppointment</source>
        <translation>Agregar su próxima &amp;cita</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) planned</source>
        <translation>
            <numerusform>%n pregunta preparada</numerusform>
            <numerusform>%n preguntas preparadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-ask</source>
        <translation>
            <numerusform>%n “Debo preguntar”</numerusform>
            <numerusform>%n “Debo preguntar”</numerusform>
        </translation>
    </message>
    <message>
        <source>asked about since %1</source>
        <translation>pendiente desde el %1</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>pasada de la cita del %1</translation>
    </message>
</context>
<context>
    <name>LearnCommands</name>
    <message>
        <source>Add the questions from “%1”</source>
        <translation>Agregar las preguntas de “%1”</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>✓ This page is about a kind of cancer that matches About my cancer.</source>
        <translation>✓ Esta página trata de un tipo de cáncer que coincide con Sobre mi cáncer.</translation>
    </message>
    <message>
        <source>This page is about other kinds of cancer than the one in About my cancer. It may still help you understand your options.</source>
        <translation>Esta página trata de otros tipos de cáncer distintos del de Sobre mi cáncer. Aun así, puede ayudarle a entender sus opciones.</translation>
    </message>
    <message>
        <source>ℹ This page is education to discuss with your care team. It is not advice about your own treatment.</source>
        <translation>ℹ Esta página es información para hablar con su equipo de atención médica. No es un consejo sobre su propio tratamiento.</translation>
    </message>
    <message>
        <source>✓ Matches About my cancer</source>
        <translation>✓ Coincide con Sobre mi cáncer</translation>
    </message>
    <message>
        <source>Questions you could ask</source>
        <translation>Preguntas que podría hacer</translation>
    </message>
    <message>
        <source>(already in your list)</source>
        <translation>(ya está en su lista)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1. %2, %3.</source>
        <translation>%1. %2, %3.</translation>
    </message>
    <message>
        <source>Last reviewed %1.</source>
        <translation>Revisada por última vez el %1.</translation>
    </message>
    <message>
        <source>Facts that change often are as of %1.</source>
        <translation>Los datos que cambian a menudo están actualizados a %1.</translation>
    </message>
</context>
<context>
    <name>LearnPane</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Plain-language pages on treatments, tests and living with MBC, with sources.</source>
        <translation>Páginas en palabras sencillas sobre tratamientos, pruebas y la vida con CMM, con sus fuentes.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>A word, e.g. bone</source>
        <translation>Una palabra, p. ej. bone</translation>
    </message>
    <message>
        <source>Search the pages and the glossary</source>
        <translation>Buscar en las páginas y el glosario</translation>
    </message>
    <message>
        <source>Only what applies to &amp;me</source>
        <translation>Solo lo que se aplica a &amp;mí</translation>
    </message>
    <message>
        <source>Hide pages written for other kinds of cancer than the one in About my cancer</source>
        <translation>Ocultar las páginas escritas para otros tipos de cáncer distintos del de Sobre mi cáncer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← A&amp;nterior</translation>
    </message>
    <message>
        <source>Back to the page before</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>Back to the page before (Backspace in the page)</source>
        <translation>Volver a la página anterior (Retroceso en la página)</translation>
    </message>
    <message>
        <source>← Back to the &amp;list</source>
        <translation>← Volver a la &amp;lista</translation>
    </message>
    <message>
        <source>Back to the list of pages (Esc)</source>
        <translation>Volver a la lista de páginas (Esc)</translation>
    </message>
    <message>
        <source>&amp;Add questions to my list</source>
        <translation>A&amp;gregar preguntas a mi lista</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo adding the questions</source>
        <translation>Deshacer: quitar las preguntas agregadas</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Matches About my cancer.</source>
        <translation>Coincide con Sobre mi cáncer.</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Glosario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first</source>
        <translation>
            <numerusform>%n resultado, el mejor primero</numerusform>
            <numerusform>%n resultados, los mejores primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by “Only what applies to me”.</source>
        <translation>
            <numerusform>%n más oculto por “Solo lo que se aplica a mí”.</numerusform>
            <numerusform>%n más ocultos por “Solo lo que se aplica a mí”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), all for other kinds of cancer: clear “Only what applies to me” to see them.</source>
        <translation>
            <numerusform>%n resultado, para otro tipo de cáncer: desmarque “Solo lo que se aplica a mí” para verlo.</numerusform>
            <numerusform>%n resultados, todos para otros tipos de cáncer: desmarque “Solo lo que se aplica a mí” para verlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try fewer or shorter words, or another spelling.</source>
        <translation>Nada coincide con “%1”. Pruebe con menos palabras, más cortas o escritas de otra forma. Las páginas están en inglés.</translation>
    </message>
    <message>
        <source>Nothing is entered in About my cancer yet, so pages written for one kind of cancer are hidden.</source>
        <translation>Todavía no hay nada en Sobre mi cáncer, así que se ocultan las páginas escritas para un solo tipo de cáncer.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) for other kinds of cancer hidden.</source>
        <translation>
            <numerusform>Se oculta %n página para otros tipos de cáncer.</numerusform>
            <numerusform>Se ocultan %n páginas para otros tipos de cáncer.</numerusform>
        </translation>
    </message>
    <message>
        <source>(in English)</source>
        <translation>(en inglés)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n question(s) to my list</source>
        <translation>
            <numerusform>A&amp;gregar %n pregunta a mi lista</numerusform>
            <numerusform>A&amp;gregar %n preguntas a mi lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page suggests %n question(s) for your care team.</source>
        <translation>
            <numerusform>Esta página sugiere %n pregunta para su equipo de atención médica.</numerusform>
            <numerusform>Esta página sugiere %n preguntas para su equipo de atención médica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its questions are already in your list.</source>
        <translation>
            <numerusform>%n de sus preguntas ya está en su lista.</numerusform>
            <numerusform>%n de sus preguntas ya están en su lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>All its questions are in your list.</source>
        <translation>Todas sus preguntas están en su lista.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n question(s) to your list, for your next appointment.</source>
        <translation>
            <numerusform>Se agregó %n pregunta a su lista, para su próxima cita.</numerusform>
            <numerusform>Se agregaron %n preguntas a su lista, para su próxima cita.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <source>Treatment history</source>
        <translation>Historial de tratamiento</translation>
    </message>
    <message>
        <source>No lines yet. Add a line for each treatment plan.</source>
        <translation>Aún no hay líneas. Agregue una línea por cada plan de tratamiento.</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>A&amp;gregar una línea</translation>
    </message>
    <message>
        <source>&amp;Remove this line</source>
        <translation>&amp;Quitar esta línea</translation>
    </message>
    <message>
        <source>Take this line out (Edit › Undo brings it back)</source>
        <translation>Quitar esta línea (Editar › Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Número de línea</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Such as letrozole and palbociclib</source>
        <translation>Por ejemplo: letrozol y palbociclib</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Fecha en que terminó</translation>
    </message>
    <message>
        <source>Not stopped</source>
        <translation>No ha terminado</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <source>&amp;Treatment lines</source>
        <translation>&amp;Líneas de tratamiento</translation>
    </message>
    <message>
        <source>Treatment lines</source>
        <translation>Líneas de tratamiento</translation>
    </message>
    <message>
        <source>Line &amp;number</source>
        <translation>&amp;Número de línea</translation>
    </message>
    <message>
        <source>&amp;Drugs</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>St&amp;opped on</source>
        <translation>Fecha en que &amp;terminó</translation>
    </message>
    <message>
        <source>&amp;Why it stopped</source>
        <translation>Po&amp;r qué terminó</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>A line</source>
        <translation>Una línea</translation>
    </message>
    <message>
        <source>drugs not named</source>
        <translation>sin medicamentos anotados</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>LocalPage</name>
    <message>
        <source>Local treatments</source>
        <translation>Tratamientos locales</translation>
    </message>
    <message>
        <source>None yet. Add surgery, radiation or another treatment aimed at one place.</source>
        <translation>Aún no hay ninguno. Agregue una cirugía, radioterapia u otro tratamiento dirigido a un lugar.</translation>
    </message>
    <message>
        <source>&amp;Add a treatment</source>
        <translation>A&amp;gregar un tratamiento</translation>
    </message>
    <message>
        <source>&amp;Remove this treatment</source>
        <translation>&amp;Quitar este tratamiento</translation>
    </message>
    <message>
        <source>Take this treatment out (Edit › Undo brings it back)</source>
        <translation>Quitar este tratamiento (Editar › Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Tipo de tratamiento</translation>
    </message>
    <message>
        <source>Where in the body</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Such as left breast, or spine</source>
        <translation>Por ejemplo: mama izquierda, o columna</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Kind of treatment</source>
        <translation>&amp;Tipo de tratamiento</translation>
    </message>
    <message>
        <source>Where in the &amp;body</source>
        <translation>Parte del &amp;cuerpo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Local treatments</source>
        <translation>Tratamientos &amp;locales</translation>
    </message>
    <message>
        <source>A treatment</source>
        <translation>Un tratamiento</translation>
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
        <source>&amp;Prepare summary…</source>
        <translation>&amp;Preparar resumen…</translation>
    </message>
    <message>
        <source>A one-page summary of your questions, symptoms and medicines for the doctor</source>
        <translation>Un resumen de una página con sus preguntas, síntomas y medicamentos para el médico</translation>
    </message>
    <message>
        <source>Your &amp;data…</source>
        <translation>Sus &amp;datos…</translation>
    </message>
    <message>
        <source>Backups, restore, export and import</source>
        <translation>Copias de seguridad, restaurar, exportar e importar</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase and lock…</source>
        <translation>Frase de contraseña y &amp;bloqueo…</translation>
    </message>
    <message>
        <source>Encrypt your journal with a passphrase, and lock it when you step away</source>
        <translation>Cifre su cuaderno con una frase de contraseña y bloquéelo cuando se aleje</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>Close your journal until the passphrase is typed again</source>
        <translation>Cierra su cuaderno hasta que se vuelva a escribir la frase de contraseña</translation>
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
        <source>Some of what you typed can&apos;t be saved as it is (the message under the box says why). If you lock now, it is lost; everything else is saved.</source>
        <translation>Parte de lo que escribió no se puede guardar así (el mensaje debajo del cuadro explica por qué). Si bloquea ahora, se pierde; todo lo demás está guardado.</translation>
    </message>
    <message>
        <source>Some typing is not saved</source>
        <translation>Parte de lo que escribió no está guardado</translation>
    </message>
    <message>
        <source>&amp;Lock without it</source>
        <translation>&amp;Bloquear sin guardarlo</translation>
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
    <name>MedicationCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>agregar “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>eliminar “%1”</translation>
    </message>
    <message>
        <source>Set how “%1” is taken to %2</source>
        <translation>cómo se toma “%1”: %2</translation>
    </message>
    <message>
        <source>Clear the stop date of “%1”</source>
        <translation>borrar la fecha en que dejó “%1”</translation>
    </message>
    <message>
        <source>Stop “%1” on %2</source>
        <translation>dejar “%1” el %2</translation>
    </message>
    <message>
        <source>Clear the start date of “%1”</source>
        <translation>borrar la fecha de inicio de “%1”</translation>
    </message>
    <message>
        <source>Start “%1” on %2</source>
        <translation>empezar “%1” el %2</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>cambios en “%1”</translation>
    </message>
    <message>
        <source>Record a new dose of “%1”</source>
        <translation>anotar una nueva dosis de “%1”</translation>
    </message>
    <message>
        <source>Remove the dose change of “%1” on %2</source>
        <translation>quitar el cambio de dosis de “%1” del %2</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Pick a medicine in a list to see or change its details and dose history.</source>
        <translation>Elija un medicamento de una lista para ver o cambiar sus detalles y su historial de dosis.</translation>
    </message>
    <message>
        <source>Medicine details</source>
        <translation>Detalles del medicamento</translation>
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
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type a few letters: letrozole, Enhertu…</source>
        <translation>Escriba unas letras: letrozole, Enhertu…</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Such as 2.5 mg</source>
        <translation>Por ejemplo: 2.5 mg</translation>
    </message>
    <message>
        <source>How taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Such as once a day, or days 1–21 of 28</source>
        <translation>Por ejemplo: una vez al día, o los días 1 a 21 de cada 28</translation>
    </message>
    <message>
        <source>Dose and schedule here correct the dose taken now. To record a new dose from a date, use Record a dose change.</source>
        <translation>La dosis y el horario de aquí corrigen la dosis que toma ahora. Para anotar una dosis nueva a partir de una fecha, use Anotar un cambio de dosis.</translation>
    </message>
    <message>
        <source>What it&apos;s for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Such as bone metastases</source>
        <translation>Por ejemplo: metástasis en los huesos</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No se indicó</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Type a date, or leave it empty. Delete empties it when all of it is picked.</source>
        <translation>Escriba una fecha, o déjela vacía. Delete (Suprimir) la borra cuando está toda seleccionada.</translation>
    </message>
    <message>
        <source>Still taking it</source>
        <translation>Todavía lo toma</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Fecha en que lo dejó</translation>
    </message>
    <message>
        <source>Empty while you still take it. Delete empties it when all of it is picked.</source>
        <translation>Vacía mientras lo siga tomando. Delete (Suprimir) la borra cuando está toda seleccionada.</translation>
    </message>
    <message>
        <source>Stopped toda&amp;y</source>
        <translation>Lo dejó ho&amp;y</translation>
    </message>
    <message>
        <source>Today was the last day of this medicine (you can undo this)</source>
        <translation>Hoy fue el último día de este medicamento (puede deshacerlo)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Such as take with food</source>
        <translation>Por ejemplo: tomar con comida</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>Ho&amp;w taken</source>
        <translation>&amp;Cómo se toma</translation>
    </message>
    <message>
        <source>What &amp;it&apos;s for</source>
        <translation>Para &amp;qué es</translation>
    </message>
    <message>
        <source>St&amp;arted on</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>St&amp;opped on</source>
        <translation>Fecha en que lo de&amp;jó</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Delete this medicine and its dose history (Delete key in the list). You can undo it.</source>
        <translation>Eliminar este medicamento y su historial de dosis (tecla Delete en la lista). Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no se guardó</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
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
    <name>MedicationWords</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>no dose written</source>
        <translation>sin dosis anotada</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>from the start (%1)</source>
        <translation>desde el inicio (%1)</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(hasta el %1)</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(ahora)</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Lo dejó el %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>lo empezó el %1</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Sin fecha de inicio</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Lo empieza el %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>stopped today</source>
        <translation>lo dejó hoy</translation>
    </message>
    <message>
        <source>stops %1</source>
        <translation>lo deja el %1</translation>
    </message>
    <message>
        <source>no schedule written</source>
        <translation>sin horario anotado</translation>
    </message>
    <message>
        <source>Started %1 on %2</source>
        <translation>Empezó %1 el %2</translation>
    </message>
    <message>
        <source>Changed %1: %2 → %3 on %4</source>
        <translation>Cambió %1: %2 → %3 el %4</translation>
    </message>
    <message>
        <source>Stopped %1 on %2</source>
        <translation>Dejó de tomar %1 el %2</translation>
    </message>
</context>
<context>
    <name>MedicationsPane</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>New &amp;medicine</source>
        <translation>Nuevo &amp;medicamento</translation>
    </message>
    <message>
        <source>Add a medicine (Ctrl+Shift+M)</source>
        <translation>Agregar un medicamento (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>No medicines yet. Press New medicine to add one: its name, dose, how you take it and since when. When a dose changes, record the change: the list of what started, changed or stopped since your last appointment is then made for you.</source>
        <translation>Aún no hay medicamentos. Presione Nuevo medicamento para agregar uno: su nombre, la dosis, cómo lo toma y desde cuándo. Cuando cambie una dosis, anote el cambio: así se arma sola la lista de lo que empezó, cambió o dejó de tomar desde su última cita.</translation>
    </message>
    <message>
        <source>Medicines taken now</source>
        <translation>Medicamentos que toma ahora</translation>
    </message>
    <message>
        <source>Past medicines</source>
        <translation>Medicamentos anteriores</translation>
    </message>
    <message>
        <source>Ta&amp;king now</source>
        <translation>&amp;Los que toma ahora</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Anterio&amp;res</translation>
    </message>
    <message>
        <source>None at the moment.</source>
        <translation>Ninguno por ahora.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrarlo</translation>
    </message>
    <message>
        <source>Show the medicine</source>
        <translation>Mostrar el medicamento</translation>
    </message>
    <message>
        <source>Since your last appointment</source>
        <translation>Desde su última cita</translation>
    </message>
    <message>
        <source>No past appointment yet. After your first one, what started, changed or stopped since then shows here.</source>
        <translation>Aún no hay citas pasadas. Después de la primera, aquí aparece lo que empezó, cambió o dejó de tomar desde entonces.</translation>
    </message>
    <message>
        <source>Since your last appointment (%1)</source>
        <translation>Desde su última cita (%1)</translation>
    </message>
    <message>
        <source>Nothing started, changed or stopped since then.</source>
        <translation>Desde entonces no empezó, cambió ni dejó de tomar ningún medicamento.</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Medicamento nuevo</translation>
    </message>
    <message>
        <source>Deleted “%1”. You can undo this.</source>
        <translation>Se eliminó “%1”. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>“%1” has changes that were not saved: %2</source>
        <translation>“%1” tiene cambios sin guardar: %2</translation>
    </message>
</context>
<context>
    <name>MenopausePage</name>
    <message>
        <source>Menopause</source>
        <translation>Menopausia</translation>
    </message>
    <message>
        <source>Menopausal status</source>
        <translation>Estado de menopausia</translation>
    </message>
    <message>
        <source>&amp;Menopausal status</source>
        <translation>Estado de &amp;menopausia</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún no hay respuesta.</translation>
    </message>
</context>
<context>
    <name>NextAppointmentForm</name>
    <message>
        <source>3. Your next appointment</source>
        <translation>3. Su próxima cita</translation>
    </message>
    <message>
        <source>Date of the next appointment</source>
        <translation>Fecha de la próxima cita</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>Hora de la próxima cita</translation>
    </message>
    <message>
        <source>Clinician at the next appointment</source>
        <translation>Con quién es la próxima cita</translation>
    </message>
    <message>
        <source>Such as Dr. Ortiz</source>
        <translation>Por ejemplo: Dra. Ortiz</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <source>Your next appointment is already planned: %1, with %2. Questions not reached move to it.</source>
        <translation>Su próxima cita ya está programada: %1, con %2. Las preguntas que no se alcanzaron a hacer pasan a esa cita.</translation>
    </message>
    <message>
        <source>Don&apos;t add another one: it is alread&amp;y planned</source>
        <translation>No agregar otra: &amp;ya está programada</translation>
    </message>
    <message>
        <source>No next appointment &amp;yet</source>
        <translation>Aún no ha&amp;y próxima cita</translation>
    </message>
    <message>
        <source>Choose a day and time after this visit for the next appointment.</source>
        <translation>Para la próxima cita, elija un día y una hora después de esta consulta.</translation>
    </message>
</context>
<context>
    <name>OtherProblem</name>
    <message>
        <source>Other problem&apos;s name</source>
        <translation>Nombre del otro problema</translation>
    </message>
    <message>
        <source>&amp;Other problem&apos;s name</source>
        <translation>Nombre del &amp;otro problema</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>Registrar a&amp;hora</translation>
    </message>
    <message>
        <source>Rate how you feel now on the ESAS-r scales (Ctrl+Shift+K)</source>
        <translation>Califique cómo se siente ahora en las escalas ESAS-r (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>For each symptom: the latest score, the worst, the average, and the change against the same length of time just before.</source>
        <translation>Para cada síntoma: el último puntaje, el peor, el promedio y el cambio comparado con un periodo igual de largo justo antes.</translation>
    </message>
    <message>
        <source>No check-ins yet. A check-in is a quick rating, from 0 to 10, of how you feel now: pain, tiredness and seven more, on the ESAS-r, a scale cancer care teams use. By keyboard it takes under 30 seconds: a digit for each, then Enter. Your trends show here, ready for your next appointment.</source>
        <translation>Aún no hay registros. Un registro es una calificación rápida, de 0 a 10, de cómo se siente ahora: dolor, cansancio y siete cosas más, en la ESAS-r, una escala que usan los equipos de atención del cáncer. Con el teclado toma menos de 30 segundos: un número para cada una y luego Enter. Aquí aparecen sus tendencias, listas para su próxima cita.</translation>
    </message>
    <message>
        <source>Your symptoms</source>
        <translation>Sus síntomas</translation>
    </message>
    <message>
        <source>&amp;Your symptoms</source>
        <translation>&amp;Sus síntomas</translation>
    </message>
    <message>
        <source>Show &amp;past symptoms too</source>
        <translation>Mostrar también síntomas a&amp;nteriores</translation>
    </message>
    <message>
        <source>Also list the symptoms you no longer track and the other problems you named before, to see their trends</source>
        <translation>Mostrar también los síntomas que ya no anota y los otros problemas que anotó antes, para ver sus tendencias</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarlo</translation>
    </message>
    <message>
        <source>Continue the check-in</source>
        <translation>Continuar el registro</translation>
    </message>
    <message>
        <source>Since your appointment on %1</source>
        <translation>Desde su cita del %1</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) worse by %1 or more: %2</source>
        <translation>
            <numerusform>%n síntoma empeoró %1 o más: %2</numerusform>
            <numerusform>%n síntomas empeoraron %1 o más: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnSymptomActions</name>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — por %2</translation>
    </message>
    <message>
        <source>Now tracking “%1”: it is in every check-in.</source>
        <translation>Ahora anota “%1”: aparece en cada registro.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Stopped tracking “%1”. Its history is kept. You can undo this.</source>
        <translation>Ya no anota “%1”. Su historial se conserva. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Tracking “%1” again: it is in every check-in.</source>
        <translation>Vuelve a anotar “%1”: aparece en cada registro.</translation>
    </message>
</context>
<context>
    <name>OwnSymptoms</name>
    <message>
        <source>Your own symptoms</source>
        <translation>Sus propios síntomas</translation>
    </message>
    <message>
        <source>Track anything else on the same 0 to 10 scale: it is added to every check-in. If you stop tracking one, its history is kept.</source>
        <translation>Anote cualquier otra cosa en la misma escala de 0 a 10: se agrega a cada registro. Si deja de anotar uno, su historial se conserva.</translation>
    </message>
    <message>
        <source>Add my own symptom</source>
        <translation>Agregar un síntoma propio</translation>
    </message>
    <message>
        <source>Type a name, then press Enter</source>
        <translation>Escriba un nombre y presione Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add this symptom</source>
        <translation>Agregar este síntoma</translation>
    </message>
    <message>
        <source>&amp;Add my own symptom</source>
        <translation>A&amp;gregar un síntoma propio</translation>
    </message>
    <message>
        <source>My own symptoms</source>
        <translation>Mis síntomas propios</translation>
    </message>
    <message>
        <source>&amp;My own symptoms</source>
        <translation>&amp;Mis síntomas propios</translation>
    </message>
    <message>
        <source>You are not tracking any of your own yet.</source>
        <translation>Todavía no anota ningún síntoma propio.</translation>
    </message>
    <message>
        <source>&amp;Stop tracking</source>
        <translation>Dejar de an&amp;otar</translation>
    </message>
    <message>
        <source>It leaves the check-in; its history is kept, and you can undo this</source>
        <translation>Sale del registro; su historial se conserva y puede deshacerlo</translation>
    </message>
    <message>
        <source>Track a&amp;gain</source>
        <translation>Anotar otra ve&amp;z</translation>
    </message>
    <message>
        <source>Show the ones I stopped trac&amp;king</source>
        <translation>Mostrar los que de&amp;jé de anotar</translation>
    </message>
    <message>
        <source>Suggestions from the side effects of the medicines you take (press one to track it; your choice):</source>
        <translation>Sugerencias según los efectos secundarios de los medicamentos que toma (presione una para anotarla; usted decide):</translation>
    </message>
    <message>
        <source>Symptoms people often track (press one to track it):</source>
        <translation>Síntomas que muchas personas anotan (presione uno para anotarlo):</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Anotar %1</translation>
    </message>
    <message>
        <source>%1 (stopped tracking on %2)</source>
        <translation>%1 (dejó de anotarlo el %2)</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>C&amp;urrent passphrase or recovery key</source>
        <translation>Frase de contraseña &amp;actual o clave de recuperación</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery key if you forgot it.</source>
        <translation>Su frase de contraseña, o su clave de recuperación si la olvidó.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are best.</source>
        <translation>Al menos %1 caracteres. Lo mejor son unas cuantas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>&amp;Repeat the new passphrase</source>
        <translation>&amp;Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it is typed as you meant.</source>
        <translation>La misma frase de contraseña otra vez, para asegurarse de que la escribió como quería.</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>&amp;Mostrar las frases de contraseña</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Bloq Mayús está activado</translation>
    </message>
    <message>
        <source>Type your current passphrase, or your recovery key.</source>
        <translation>Escriba su frase de contraseña actual, o su clave de recuperación.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new one again here.</source>
        <translation>Las dos frases de contraseña no son iguales. Escriba aquí otra vez la nueva.</translation>
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
        <source>Ask “%1” at %2</source>
        <translation>cita de “%1”: %2</translation>
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
    <message>
        <source>⚑ asked about since %1</source>
        <translation>⚑ pendiente desde el %1</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>pasada de la cita del %1</translation>
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
        <source>Ask it at</source>
        <translation>Hacerla en</translation>
    </message>
    <message>
        <source>As&amp;k it at</source>
        <translation>&amp;Hacerla en</translation>
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
        <source>The next appointment</source>
        <translation>La próxima cita</translation>
    </message>
    <message>
        <source>⚑ Asked about since %1, not reached yet</source>
        <translation>⚑ Pendiente desde el %1: todavía no hubo tiempo de hacerla</translation>
    </message>
    <message>
        <source>Carried over from %1</source>
        <translation>Pasada de la cita del %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>⚠ Not saved yet</source>
        <translation>⚠ Aún no se guardó</translation>
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
        <source>Show questions planned for</source>
        <translation>Mostrar las preguntas para</translation>
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
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>All appointments</source>
        <translation>Todas las citas</translation>
    </message>
    <message>
        <source>The next appointment</source>
        <translation>La próxima cita</translation>
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
    <name>QuestionRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Status of question %1</source>
        <translation>Estado de la pregunta %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que le dijeron</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>⚑ Asked about since %1 (carried over %2 times)</source>
        <translation>⚑ Pendiente desde el %1 (pasó %2 veces a otra cita)</translation>
    </message>
    <message>
        <source>Carried over from the visit on %1</source>
        <translation>Pasada de la consulta del %1</translation>
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
    <name>ReceptorsPage</name>
    <message>
        <source>Receptors: ER, PR and HER2</source>
        <translation>Receptores: ER, PR y HER2</translation>
    </message>
    <message>
        <source>From your pathology report. Leave anything you don&apos;t know; you can come back to it.</source>
        <translation>Según su informe de patología. Deje en blanco lo que no sepa; puede volver a esto después.</translation>
    </message>
    <message>
        <source>ER (estrogen receptor)</source>
        <translation>ER (receptor de estrógeno)</translation>
    </message>
    <message>
        <source>Cells with ER, in percent</source>
        <translation>Células con ER, en porcentaje</translation>
    </message>
    <message>
        <source>PR (progesterone receptor)</source>
        <translation>PR (receptor de progesterona)</translation>
    </message>
    <message>
        <source>Cells with PR, in percent</source>
        <translation>Células con PR, en porcentaje</translation>
    </message>
    <message>
        <source>HER2</source>
        <translation>HER2</translation>
    </message>
    <message>
        <source>Date of the test</source>
        <translation>Fecha de la prueba</translation>
    </message>
    <message>
        <source>Where the tissue came from</source>
        <translation>De dónde salió el tejido</translation>
    </message>
    <message>
        <source>E&amp;R (estrogen receptor)</source>
        <translation>ER (&amp;receptor de estrógeno)</translation>
    </message>
    <message>
        <source>&amp;Cells with ER (%)</source>
        <translation>&amp;Células con ER (%)</translation>
    </message>
    <message>
        <source>&amp;PR (progesterone receptor)</source>
        <translation>PR (receptor de pr&amp;ogesterona)</translation>
    </message>
    <message>
        <source>Ce&amp;lls with PR (%)</source>
        <translation>Cé&amp;lulas con PR (%)</translation>
    </message>
    <message>
        <source>HER2 (&amp;IHC or ISH)</source>
        <translation>HER2 (&amp;IHC o ISH)</translation>
    </message>
    <message>
        <source>&amp;Date of the test</source>
        <translation>&amp;Fecha de la prueba</translation>
    </message>
    <message>
        <source>&amp;Where the tissue came from</source>
        <translation>&amp;De dónde salió el tejido</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>⚠ %1 (not saved yet)</source>
        <translation>⚠ %1 (aún no se guardó)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyStep</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key opens your journal and every backup of it. Print it or save it, and keep it somewhere safe, apart from the computer, such as with your important papers.</source>
        <translation>Si olvida su frase de contraseña, esta clave de recuperación abre su cuaderno y todas sus copias de seguridad. Imprímala o guárdela, y téngala en un lugar seguro, lejos de la computadora, por ejemplo con sus papeles importantes.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Without your passphrase or this key, no one can open your journal: not you, and not the makers of MBC Desktop. The key is shown only now.</source>
        <translation>Sin su frase de contraseña o esta clave, nadie puede abrir su cuaderno: ni usted ni quienes hacen MBC Desktop. La clave solo se muestra ahora.</translation>
    </message>
    <message>
        <source>I have &amp;kept my recovery key somewhere safe</source>
        <translation>&amp;Guardé mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Encrypt my &amp;journal</source>
        <translation>&amp;Cifrar mi cuaderno</translation>
    </message>
    <message>
        <source>Tick “I have kept my recovery key somewhere safe” first.</source>
        <translation>Primero marque “Guardé mi clave de recuperación en un lugar seguro”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so this was not done. Try again; if it happens again, the log in the data folder says why.</source>
        <translation>Ocurrió un problema inesperado, así que esto no se hizo. Vuelva a intentarlo; si pasa otra vez, el archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>mbc-desktop-recovery-key.pdf</source>
        <translation>mbc-desktop-clave-de-recuperacion.pdf</translation>
    </message>
    <message>
        <source>Save your recovery key as PDF</source>
        <translation>Guardar su clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery key was not saved in %1: the folder can&apos;t be written to, or the disk is full or not connected. Choose another place.</source>
        <translation>La clave de recuperación no se guardó en %1: no se puede escribir en la carpeta, o el disco está lleno o no está conectado. Elija otro lugar.</translation>
    </message>
    <message>
        <source>Saved to %1. Anyone who can open that file can open your journal: move it somewhere safe, such as a USB stick you keep apart from the computer.</source>
        <translation>Guardada en %1. Cualquier persona que pueda abrir ese archivo puede abrir su cuaderno: muévalo a un lugar seguro, como una memoria USB que guarde lejos de la computadora.</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep things safe, such as a password manager.</source>
        <translation>Copiada. Péguela donde guarde cosas de forma segura, como un administrador de contraseñas.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>MBC Desktop recovery key</source>
        <translation>Clave de recuperación de MBC Desktop</translation>
    </message>
    <message>
        <source>Start MBC Desktop on the computer that has your journal.</source>
        <translation>Abra MBC Desktop en la computadora que tiene su cuaderno.</translation>
    </message>
    <message>
        <source>Where it asks for your passphrase, type this recovery key instead, then press Enter.</source>
        <translation>Donde le pide su frase de contraseña, escriba esta clave de recuperación y pulse Intro.</translation>
    </message>
    <message>
        <source>Once your journal is open, choose a new passphrase: File › Passphrase and lock…, then Change passphrase.</source>
        <translation>Cuando su cuaderno esté abierto, elija una nueva frase de contraseña: Archivo › Frase de contraseña y bloqueo…, y luego Cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Creada el %1.</translation>
    </message>
    <message>
        <source>For the journal in this folder:</source>
        <translation>Para el cuaderno de esta carpeta:</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>This key opens your journal, and every backup of it, if you forget your passphrase. Without your passphrase or this key, no one can open your journal: not you, and not the makers of MBC Desktop.</source>
        <translation>Esta clave abre su cuaderno, y todas sus copias de seguridad, si olvida su frase de contraseña. Sin su frase de contraseña o esta clave, nadie puede abrir su cuaderno: ni usted ni quienes hacen MBC Desktop.</translation>
    </message>
    <message>
        <source>Anyone who has this key can read your journal. Keep it somewhere safe and apart from the computer, such as with your important papers.</source>
        <translation>Cualquier persona que tenga esta clave puede leer su cuaderno. Guárdela en un lugar seguro y lejos de la computadora, por ejemplo con sus papeles importantes.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarla</translation>
    </message>
    <message>
        <source>Changing your passphrase keeps this recovery key. Turning encryption off and on again makes a new key, and this sheet no longer works.</source>
        <translation>Cambiar su frase de contraseña no cambia esta clave de recuperación. Desactivar el cifrado y volver a activarlo crea una clave nueva, y esta hoja deja de servir.</translation>
    </message>
    <message>
        <source>Print your recovery key</source>
        <translation>Imprimir su clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>Type a number from 0 to 10, or click one. Backspace clears it: a scale left empty is skipped, which is not a zero.</source>
        <translation>Escriba un número del 0 al 10, o haga clic en uno. La tecla de retroceso (Backspace) lo borra: una escala vacía se salta, y eso no es un cero.</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: sin calificar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Now: %1. From 0, %2, to 10, %3.</source>
        <translation>Ahora: %1. Desde 0, %2, hasta 10, %3.</translation>
    </message>
</context>
<context>
    <name>SectionedForm</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>← Previous section</source>
        <translation>← Sección anterior</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Sección anterior (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next section →</source>
        <translation>Sección siguiente →</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Sección siguiente (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Sección %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1, answered</source>
        <translation>%1, respondida</translation>
    </message>
    <message>
        <source>%1, not answered yet</source>
        <translation>%1, aún sin responder</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n section(s) answered</source>
        <translation>
            <numerusform>%1 de %n sección respondida</numerusform>
            <numerusform>%1 de %n secciones respondidas</numerusform>
        </translation>
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
    <name>SpreadPage</name>
    <message>
        <source>&amp;Bone</source>
        <translation>&amp;Hueso</translation>
    </message>
    <message>
        <source>&amp;Liver</source>
        <translation>Hí&amp;gado</translation>
    </message>
    <message>
        <source>L&amp;ung</source>
        <translation>Pu&amp;lmón</translation>
    </message>
    <message>
        <source>B&amp;rain</source>
        <translation>&amp;Cerebro</translation>
    </message>
    <message>
        <source>Lymph &amp;nodes</source>
        <translation>Ga&amp;nglios linfáticos</translation>
    </message>
    <message>
        <source>&amp;Skin or chest wall</source>
        <translation>P&amp;iel o pared del pecho</translation>
    </message>
    <message>
        <source>&amp;Another place</source>
        <translation>&amp;Otro lugar</translation>
    </message>
    <message>
        <source>Where it has spread</source>
        <translation>Dónde se ha extendido</translation>
    </message>
    <message>
        <source>Where else</source>
        <translation>Dónde más</translation>
    </message>
    <message>
        <source>Such as the lining of the belly</source>
        <translation>Por ejemplo: el revestimiento del vientre</translation>
    </message>
    <message>
        <source>&amp;Where else</source>
        <translation>&amp;Dónde más</translation>
    </message>
    <message>
        <source>How it came back</source>
        <translation>Cómo regresó</translation>
    </message>
    <message>
        <source>Spread when first found, or &amp;came back?</source>
        <translation>¿Ya se había extendido cuando se encontró, o &amp;regresó?</translation>
    </message>
</context>
<context>
    <name>SubtypeBox</name>
    <message>
        <source>The subtype, as MBC Desktop reads it</source>
        <translation>El subtipo, según lo lee MBC Desktop</translation>
    </message>
    <message>
        <source>How it was worked out:</source>
        <translation>Cómo se determinó:</translation>
    </message>
    <message>
        <source>This is how MBC Desktop reads the results you typed; your care team confirms your subtype.</source>
        <translation>Así es como MBC Desktop lee los resultados que escribió; su equipo de atención médica confirma su subtipo.</translation>
    </message>
    <message>
        <source>Read what applies to you in Lear&amp;n</source>
        <translation>Leer lo que se aplica a usted en Apre&amp;nder</translation>
    </message>
    <message>
        <source>Opens Learn with only the pages that match what you entered here</source>
        <translation>Abre Aprender solo con las páginas que coinciden con lo que anotó aquí</translation>
    </message>
    <message>
        <source>Subtype: %1</source>
        <translation>Subtipo: %1</translation>
    </message>
    <message>
        <source>A new biopsy may change this. %1</source>
        <translation>Una nueva biopsia puede cambiar esto. %1</translation>
    </message>
</context>
<context>
    <name>SubtypeReasons</name>
    <message>
        <source>ER-low still counts as hormone-receptor positive, but ER-low cancers often behave like ER-negative ones.</source>
        <translation>ER bajo todavía cuenta como receptor hormonal positivo, pero los cánceres con ER bajo a menudo se comportan como los ER negativos.</translation>
    </message>
    <message>
        <source>HER2-low is a group used when choosing some treatments; it is not a formal type of breast cancer.</source>
        <translation>HER2 bajo es un grupo que se usa al elegir algunos tratamientos; no es un tipo formal de cáncer de mama.</translation>
    </message>
    <message>
        <source>Breast cancer in men is sorted into types by the same rules.</source>
        <translation>El cáncer de mama en los hombres se clasifica en tipos con las mismas reglas.</translation>
    </message>
    <message>
        <source>No ER, PR or HER2 results are recorded yet, so the type is not known.</source>
        <translation>Aún no hay resultados de ER, PR ni HER2 anotados, así que no se conoce el tipo.</translation>
    </message>
    <message>
        <source>Your latest ER, PR and HER2 results are from before the cancer last grew. These results can change between the first tumor and the places it spreads to: in one large review, ER changed in about 19 in 100 people, PR in about 31 in 100 and HER2 in about 10 in 100. So a new biopsy may change the type. Your care team can say whether one makes sense for you.</source>
        <translation>Sus últimos resultados de ER, PR y HER2 son de antes de la última vez que el cáncer creció. Estos resultados pueden cambiar entre el primer tumor y los lugares a los que se extiende: en una revisión grande, ER cambió en unas 19 de cada 100 personas, PR en unas 31 de cada 100 y HER2 en unas 10 de cada 100. Por eso una nueva biopsia puede cambiar el tipo. Su equipo de atención médica puede decirle si tiene sentido en su caso.</translation>
    </message>
    <message>
        <source>ER and PR are both negative, so the cancer is hormone-receptor negative.</source>
        <translation>ER y PR son negativos, así que el cáncer es de receptor hormonal negativo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 0, so the cancer is HER2-negative.</source>
        <translation>HER2 es IHC 0, así que el cáncer es HER2 negativo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 0 with faint staining, which counts as HER2-ultralow: HER2-negative.</source>
        <translation>HER2 es IHC 0 con tinción débil, lo que cuenta como HER2 ultrabajo: HER2 negativo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 1+, which counts as HER2-low: not HER2-positive.</source>
        <translation>HER2 es IHC 1+, lo que cuenta como HER2 bajo: no es HER2 positivo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 2+ with a negative ISH test, which counts as HER2-low: not HER2-positive.</source>
        <translation>HER2 es IHC 2+ con una prueba ISH negativa, lo que cuenta como HER2 bajo: no es HER2 positivo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 2+, a borderline score. The ISH test decides whether it is HER2-positive or HER2-low.</source>
        <translation>HER2 es IHC 2+, un puntaje en el límite. La prueba ISH decide si es HER2 positivo o HER2 bajo.</translation>
    </message>
    <message>
        <source>HER2 is IHC 3+, so the cancer is HER2-positive.</source>
        <translation>HER2 es IHC 3+, así que el cáncer es HER2 positivo.</translation>
    </message>
    <message>
        <source>The ISH test found extra copies of the HER2 gene (amplified), so the cancer is HER2-positive.</source>
        <translation>La prueba ISH encontró copias extra del gen HER2 (amplificado), así que el cáncer es HER2 positivo.</translation>
    </message>
    <message>
        <source>Together: HR-positive, HER2-negative.</source>
        <translation>En conjunto: HR positivo, HER2 negativo.</translation>
    </message>
    <message>
        <source>Together: HR-positive, HER2-positive.</source>
        <translation>En conjunto: HR positivo, HER2 positivo.</translation>
    </message>
    <message>
        <source>Together: HR-negative, HER2-positive.</source>
        <translation>En conjunto: HR negativo, HER2 positivo.</translation>
    </message>
    <message>
        <source>ER, PR and HER2 are all negative, so the cancer is called triple negative.</source>
        <translation>ER, PR y HER2 son todos negativos, así que el cáncer se llama triple negativo.</translation>
    </message>
    <message>
        <source>%1 is positive (%2 %), so the cancer is hormone-receptor positive.</source>
        <translation>%1 es positivo (%2 %), así que el cáncer es de receptor hormonal positivo.</translation>
    </message>
    <message>
        <source>%1 is positive, so the cancer is hormone-receptor positive.</source>
        <translation>%1 es positivo, así que el cáncer es de receptor hormonal positivo.</translation>
    </message>
    <message>
        <source>%1 is low (%2 %), so the cancer is hormone-receptor positive.</source>
        <translation>%1 es bajo (%2 %), así que el cáncer es de receptor hormonal positivo.</translation>
    </message>
    <message>
        <source>%1 is low, so the cancer is hormone-receptor positive.</source>
        <translation>%1 es bajo, así que el cáncer es de receptor hormonal positivo.</translation>
    </message>
    <message>
        <source>ER at %1 % is in the range from 1 to 10 %, called ER-low.</source>
        <translation>Un ER del %1 % está entre el 1 y el 10 %: se llama ER bajo.</translation>
    </message>
    <message>
        <source>%1 is negative, but the %2 result is not known.</source>
        <translation>%1 es negativo, pero no se conoce el resultado de %2.</translation>
    </message>
    <message>
        <source>The type can&apos;t be worked out until these results are known: %1.</source>
        <translation>No se puede saber el tipo hasta que se conozcan estos resultados: %1.</translation>
    </message>
</context>
<context>
    <name>SubtypeWords</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (ER-low)</source>
        <translation>%1 (ER bajo)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No questions planned for this visit.</source>
        <translation>No hay preguntas para esta consulta.</translation>
    </message>
    <message>
        <source>No symptoms checked in this time.</source>
        <translation>No se registraron síntomas en este periodo.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose and when</source>
        <translation>Dosis y horario</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>No medicines recorded.</source>
        <translation>No hay medicamentos anotados.</translation>
    </message>
    <message>
        <source>Receptors</source>
        <translation>Receptores</translation>
    </message>
    <message>
        <source>Biomarkers and gene tests</source>
        <translation>Biomarcadores y pruebas genéticas</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Treatment history</source>
        <translation>Historial de tratamiento</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Por qué terminó</translation>
    </message>
    <message>
        <source>No treatment lines recorded.</source>
        <translation>No hay líneas de tratamiento anotadas.</translation>
    </message>
    <message>
        <source>Records to gather</source>
        <translation>Documentos para reunir</translation>
    </message>
    <message>
        <source>Tick each one when you have it or have asked for it.</source>
        <translation>Marque cada uno cuando lo tenga o ya lo haya pedido.</translation>
    </message>
    <message>
        <source>The page could not be started for printing.</source>
        <translation>No se pudo preparar la página para imprimir.</translation>
    </message>
    <message>
        <source>Could not save the summary as %1: %2</source>
        <translation>No se pudo guardar el resumen como %1: %2</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>How I have been</source>
        <translation>Cómo me he sentido</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>About my cancer</source>
        <translation>Sobre mi cáncer</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notas para el médico</translation>
    </message>
    <message>
        <source>Pathology reports (the first biopsy and any later ones)</source>
        <translation>Informes de patología (de la primera biopsia y de las siguientes)</translation>
    </message>
    <message>
        <source>Glass slides or tissue blocks (ask the pathology department to release them)</source>
        <translation>Laminillas o bloques de tejido (pida al departamento de patología que los entregue)</translation>
    </message>
    <message>
        <source>Imaging files (DICOM, on disc or download), not only the reports</source>
        <translation>Archivos de los estudios de imagen (DICOM, en disco o por descarga), no solo los informes</translation>
    </message>
    <message>
        <source>ER, PR and HER2 test reports</source>
        <translation>Informes de las pruebas de ER, PR y HER2</translation>
    </message>
    <message>
        <source>Genomic and biomarker test reports (of the tumor, and inherited)</source>
        <translation>Informes de pruebas genómicas y de biomarcadores (del tumor y hereditarias)</translation>
    </message>
    <message>
        <source>Surgery and radiation summaries</source>
        <translation>Resúmenes de cirugía y de radioterapia</translation>
    </message>
    <message>
        <source>Treatment history: each line&apos;s drugs, dates and why it stopped</source>
        <translation>Historial de tratamiento: medicamentos, fechas y por qué terminó cada línea</translation>
    </message>
    <message>
        <source>Current medicines, allergies and recent lab results</source>
        <translation>Medicamentos actuales, alergias y resultados de laboratorio recientes</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Second-opinion packet</source>
        <translation>Paquete para segunda opinión</translation>
    </message>
    <message>
        <source>Appointment summary</source>
        <translation>Resumen de la cita</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No appointment is planned yet</source>
        <translation>Aún no hay ninguna cita programada</translation>
    </message>
    <message>
        <source>by phone or video</source>
        <translation>por teléfono o video</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Cita: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Preparado el %1</translation>
    </message>
    <message>
        <source>Covers: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>Covers: the last 30 days</source>
        <translation>Periodo: los últimos 30 días</translation>
    </message>
    <message>
        <source>Covers: since my last appointment on %1</source>
        <translation>Periodo: desde mi última cita, el %1</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Del %1 al %2:</translation>
    </message>
    <message>
        <source>In the last 30 days:</source>
        <translation>En los últimos 30 días:</translation>
    </message>
    <message>
        <source>Since my last appointment:</source>
        <translation>Desde mi última cita:</translation>
    </message>
    <message>
        <source>⚑ asked about since %1, carried over %2 times</source>
        <translation>⚑ pendiente desde el %1, pasó %2 veces a otra cita</translation>
    </message>
    <message>
        <source>⚑ carried over %1 times</source>
        <translation>⚑ pasó %1 veces a otra cita</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>pasada de la cita del %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>casi igual</translation>
    </message>
    <message>
        <source>%1 worse by %2+</source>
        <translation>%1 empeoró %2+</translation>
    </message>
    <message>
        <source>no entries in this time</source>
        <translation>no hay registros en este periodo</translation>
    </message>
    <message>
        <source>(0 = none, 10 = worst possible; change: the average against the time before)</source>
        <translation>(0 = nada, 10 = lo peor posible; cambio: el promedio comparado con el periodo anterior)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada anotado</translation>
    </message>
    <message>
        <source>No current treatment recorded</source>
        <translation>No hay tratamiento actual anotado</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>a treatment</source>
        <translation>un tratamiento</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2 %</translation>
    </message>
    <message>
        <source>No ER, PR or HER2 results recorded</source>
        <translation>No hay resultados de ER, PR ni HER2 anotados</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>fecha no anotada</translation>
    </message>
    <message>
        <source>Tested: %1</source>
        <translation>Fecha de la prueba: %1</translation>
    </message>
    <message>
        <source>Tested: %1 · sample: %2</source>
        <translation>Fecha de la prueba: %1 · muestra: %2</translation>
    </message>
    <message>
        <source>Where it has spread: %1</source>
        <translation>Dónde se ha extendido: %1</translation>
    </message>
    <message>
        <source>Prepared by the patient with MBC Desktop · not medical advice · Page %1 of %2</source>
        <translation>Preparado por el/la paciente con MBC Desktop · no es consejo médico · Página %1 de %2</translation>
    </message>
    <message>
        <source>Prepared by the patient with MBC Desktop · not medical advice</source>
        <translation>Preparado por el/la paciente con MBC Desktop · no es consejo médico</translation>
    </message>
    <message>
        <source>%1: latest %2, worst %3, %4</source>
        <translation>%1: último %2, peor %3, %4</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>empezó el %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>terminó el %1</translation>
    </message>
    <message>
        <source>%1: %2 (tested %3, sample: %4)</source>
        <translation>%1: %2 (fecha de la prueba: %3, muestra: %4)</translation>
    </message>
</context>
<context>
    <name>SummaryCounts</name>
    <message numerus="yes">
        <source>+%n more question(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n pregunta más en MBC Desktop</numerusform>
            <numerusform>+%n preguntas más en MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more medicine(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n medicamento más en MBC Desktop</numerusform>
            <numerusform>+%n medicamentos más en MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more symptom(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n síntoma más en MBC Desktop</numerusform>
            <numerusform>+%n síntomas más en MBC Desktop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n earlier change(s) in MBC Desktop</source>
        <translation>
            <numerusform>+%n cambio anterior en MBC Desktop</numerusform>
            <numerusform>+%n cambios anteriores en MBC Desktop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Prepare summary</source>
        <translation>Preparar resumen</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>Ci&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>Your &amp;name (optional)</source>
        <translation>Su &amp;nombre (opcional)</translation>
    </message>
    <message>
        <source>No&amp;tes for the doctor</source>
        <translation>Notas para el &amp;médico</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>Pape&amp;l</translation>
    </message>
    <message>
        <source>Print in Eng&amp;lish</source>
        <translation>Imprimir en in&amp;glés</translation>
    </message>
    <message>
        <source>For a care team that does not read this language. The screen stays as it is.</source>
        <translation>Para un equipo de atención médica que no lee español. La pantalla sigue en español.</translation>
    </message>
    <message>
        <source>Second-opinion pac&amp;ket</source>
        <translation>Paquete para segunda &amp;opinión</translation>
    </message>
    <message>
        <source>Longer, for a second opinion: your cancer in detail with test dates, your treatments by line, the records to gather, and your questions. It can take several pages.</source>
        <translation>Más largo, para una segunda opinión: su cáncer en detalle con las fechas de las pruebas, sus tratamientos por línea, los documentos para reunir y sus preguntas. Puede ocupar varias páginas.</translation>
    </message>
    <message>
        <source>This file will not be encrypted: anyone who can open it can read it.</source>
        <translation>Este archivo no estará cifrado: cualquier persona que pueda abrirlo puede leerlo.</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>For a message to your care team through the patient portal.</source>
        <translation>Para un mensaje a su equipo de atención médica por el portal para pacientes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Prepare a summary for your appointment</source>
        <translation>Preparar un resumen para su cita</translation>
    </message>
    <message numerus="yes">
        <source>+%n more question(s) did not fit</source>
        <translation>
            <numerusform>Faltó espacio para +%n pregunta más</numerusform>
            <numerusform>Faltó espacio para +%n preguntas más</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 did not fit</source>
        <translation>Faltó espacio para +%1</translation>
    </message>
    <message numerus="yes">
        <source>Second-opinion packet: %n page(s)</source>
        <translation>
            <numerusform>Paquete para segunda opinión: %n página</numerusform>
            <numerusform>Paquete para segunda opinión: %n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), even in the compact layout</source>
        <translation>
            <numerusform>%n página, aun con el formato compacto</numerusform>
            <numerusform>%n páginas, aun con el formato compacto</numerusform>
        </translation>
    </message>
    <message>
        <source>Compact layout, to fit one page</source>
        <translation>Formato compacto, para que quepa en una página</translation>
    </message>
    <message>
        <source>Fits on one page</source>
        <translation>Cabe en una página</translation>
    </message>
    <message numerus="yes">
        <source>%n more question(s)</source>
        <translation>
            <numerusform>%n pregunta más</numerusform>
            <numerusform>%n preguntas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more medicine(s)</source>
        <translation>
            <numerusform>%n medicamento más</numerusform>
            <numerusform>%n medicamentos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more medicine change(s)</source>
        <translation>
            <numerusform>%n cambio de medicamento más</numerusform>
            <numerusform>%n cambios de medicamentos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more symptom(s)</source>
        <translation>
            <numerusform>%n síntoma más</numerusform>
            <numerusform>%n síntomas más</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s)</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine change(s)</source>
        <translation>
            <numerusform>%n cambio de medicamento</numerusform>
            <numerusform>%n cambios de medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s)</source>
        <translation>
            <numerusform>%n síntoma</numerusform>
            <numerusform>%n síntomas</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the summary, and nothing was done. Try again; if it happens again, the log in the data folder says why.</source>
        <translation>Algo salió mal al preparar el resumen, y no se hizo nada. Vuelva a intentarlo; si pasa otra vez, el archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>Summary for my appointment</source>
        <translation>Resumen para mi cita</translation>
    </message>
    <message>
        <source>Preview of your summary</source>
        <translation>Vista previa de su resumen</translation>
    </message>
    <message>
        <source>Print your summary</source>
        <translation>Imprimir su resumen</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation>resumen-%1.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se guardó en %1 (%n página).</numerusform>
            <numerusform>Se guardó en %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not fit; they are in MBC Desktop.</source>
        <translation>Faltó espacio para %1, pero todo sigue en MBC Desktop.</translation>
    </message>
    <message>
        <source>The summary was not saved: this folder can&apos;t be written to: %1.</source>
        <translation>El resumen no se guardó: no se puede escribir en esta carpeta: %1.</translation>
    </message>
    <message>
        <source>The summary was not saved: there is no folder %1.</source>
        <translation>El resumen no se guardó: no existe la carpeta %1.</translation>
    </message>
    <message>
        <source>The summary was not saved: %1 is a folder. Type a file name.</source>
        <translation>El resumen no se guardó: %1 es una carpeta. Escriba un nombre de archivo.</translation>
    </message>
    <message>
        <source>The summary was not saved in %1: the disk may be full or not connected.</source>
        <translation>El resumen no se guardó en %1: puede que el disco esté lleno o no esté conectado.</translation>
    </message>
    <message>
        <source>Choose another place and try again.</source>
        <translation>Elija otro lugar y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to your care team.</source>
        <translation>Se copió. Péguelo en un mensaje para su equipo de atención médica.</translation>
    </message>
    <message>
        <source>Not saved: see the message below the box. Press Esc again to close without it.</source>
        <translation>No se guardó: vea el mensaje debajo del cuadro. Presione Esc otra vez para cerrar sin guardarlo.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>How I have been</source>
        <translation>Cómo me he sentido</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>About my cancer</source>
        <translation>Sobre mi cáncer</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notas para el médico</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Next appointment — %1</source>
        <translation>Próxima cita — %1</translation>
    </message>
    <message>
        <source>No appointment planned</source>
        <translation>No hay ninguna cita programada</translation>
    </message>
    <message>
        <source>Past — %1</source>
        <translation>Pasada — %1</translation>
    </message>
    <message>
        <source>It covers the last %1 days, %2 to %3 (there is no appointment before it).</source>
        <translation>Incluye los últimos %1 días, del %2 al %3 (no hay una cita anterior).</translation>
    </message>
    <message>
        <source>It covers %1 to %2, since the appointment before it.</source>
        <translation>Incluye del %1 al %2, desde la cita anterior.</translation>
    </message>
</context>
<context>
    <name>SymptomCommands</name>
    <message>
        <source>Check-in of %1</source>
        <translation>registro del %1</translation>
    </message>
    <message>
        <source>Change the check-in of %1</source>
        <translation>cambios en el registro del %1</translation>
    </message>
    <message>
        <source>Delete the check-in of %1</source>
        <translation>eliminar el registro del %1</translation>
    </message>
    <message>
        <source>Track “%1” again</source>
        <translation>volver a anotar “%1”</translation>
    </message>
    <message>
        <source>Track “%1”</source>
        <translation>anotar “%1”</translation>
    </message>
    <message>
        <source>Stop tracking “%1”</source>
        <translation>dejar de anotar “%1”</translation>
    </message>
</context>
<context>
    <name>SymptomSection</name>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>Registrar a&amp;hora</translation>
    </message>
    <message>
        <source>Rate how you feel now on the ESAS-r scales (Ctrl+Shift+K)</source>
        <translation>Califique cómo se siente ahora en las escalas ESAS-r (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>en los últimos 30 días</translation>
    </message>
    <message>
        <source>since your appointment on %1</source>
        <translation>desde su cita del %1</translation>
    </message>
    <message>
        <source>⚑ %1: worse by %2 points on average (now %3, before %4)</source>
        <translation>⚑ %1: empeoró %2 puntos en promedio (ahora %3, antes %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n symptom(s) got worse by %1 points or more %2:</source>
        <translation>
            <numerusform>%n síntoma empeoró %1 puntos o más %2:</numerusform>
            <numerusform>%n síntomas empeoraron %1 puntos o más %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>No symptom got worse by %1 points or more %2.</source>
        <translation>Ningún síntoma empeoró %1 puntos o más %2.</translation>
    </message>
    <message>
        <source>No check-ins %2. A check-in takes under a minute, and the trend helps your care team see how you are doing.</source>
        <translation>No hay registros %2. Un registro toma menos de un minuto, y la tendencia ayuda a su equipo de atención médica a ver cómo se siente.</translation>
    </message>
</context>
<context>
    <name>SymptomsPane</name>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>New &amp;check-in</source>
        <translation>Nuevo &amp;registro</translation>
    </message>
    <message>
        <source>Rate how you feel now (Ctrl+Shift+K)</source>
        <translation>Califique cómo se siente ahora (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Add my &amp;own symptom</source>
        <translation>A&amp;gregar un síntoma propio</translation>
    </message>
    <message>
        <source>Check-in of %1 saved.</source>
        <translation>Se guardó el registro del %1.</translation>
    </message>
    <message>
        <source>Check-in of %1 changed.</source>
        <translation>Se cambió el registro del %1.</translation>
    </message>
    <message>
        <source>This check-in was deleted meanwhile. Press Esc to go back.</source>
        <translation>Este registro se eliminó mientras tanto. Presione Esc para volver.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The check-in was not saved. You can go back to it until you start another one.</source>
        <translation>El registro no se guardó. Puede volver a él hasta que empiece otro.</translation>
    </message>
    <message>
        <source>Deleted the check-in of %1. You can undo this.</source>
        <translation>Se eliminó el registro del %1. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a date in a chart&apos;s description, as a Qt date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>%1: no entries from %2 to %3.</source>
        <translation>%1: no hay registros del %2 al %3.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: %4, lowest %5, highest %6, latest %7 on %8.</source>
        <translation>%1 del %2 al %3: %4; el más bajo %5, el más alto %6, el último %7 el %8.</translation>
    </message>
    <message>
        <source>0 means %1; 10 means %2.</source>
        <translation>0 quiere decir %1; 10 quiere decir %2.</translation>
    </message>
</context>
<context>
    <name>TrendChartWords</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) marked: %1.</source>
        <translation>
            <numerusform>%n cita marcada: %1.</numerusform>
            <numerusform>%n citas marcadas: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <source>Pick a symptom in the list to see its trend.</source>
        <translation>Elija un síntoma de la lista para ver su tendencia.</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Periodo de tiempo</translation>
    </message>
    <message>
        <source>&amp;Time span</source>
        <translation>Periodo de &amp;tiempo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Ent&amp;ries</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>E&amp;dit entry</source>
        <translation>E&amp;ditar registro</translation>
    </message>
    <message>
        <source>Change the picked entry&apos;s check-in (Enter)</source>
        <translation>Cambiar el registro elegido (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete entry</source>
        <translation>E&amp;liminar registro</translation>
    </message>
    <message>
        <source>Delete the picked entry&apos;s whole check-in (Delete); you can undo it</source>
        <translation>Eliminar todo el registro elegido, con todos sus síntomas (Delete). Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Since your last appointment</source>
        <translation>Desde su última cita</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Worst possible</source>
        <translation>Lo peor posible</translation>
    </message>
    <message>
        <source>No entries for %1 in this time. Choose a longer time span to see more.</source>
        <translation>No hay registros de %1 en este periodo. Elija un periodo más largo para ver más.</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Trend chart</source>
        <translation>Gráfica de la tendencia</translation>
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
    <name>UnlockPage</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Su cuaderno está bloqueado</translation>
    </message>
    <message>
        <source>Your journal is encrypted, so no one can read it without your passphrase. Type your passphrase to open it.</source>
        <translation>Su cuaderno está cifrado, así que nadie puede leerlo sin su frase de contraseña. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Type your passphrase. If you forgot it, type your recovery key instead.</source>
        <translation>Escriba su frase de contraseña. Si la olvidó, escriba su clave de recuperación.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Frase de &amp;contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Bloq Mayús está activado</translation>
    </message>
    <message>
        <source>Forgot it? Type your recovery key instead.</source>
        <translation>¿La olvidó? Escriba su clave de recuperación en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Your journal file cannot be read as it is. If you encrypted it, the file that holds its key (journal.key) is missing: type your recovery key to open it. If you never encrypted it, the file may be damaged: the mbc-desktop restore command can put a backup in its place (see the user guide).</source>
        <translation>No se puede leer el archivo de su cuaderno tal como está. Si lo cifró, falta el archivo que guarda su clave (journal.key): escriba su clave de recuperación para abrirlo. Si nunca lo cifró, el archivo puede estar dañado: el comando mbc-desktop restore puede poner una copia de seguridad en su lugar (vea la guía de uso).</translation>
    </message>
    <message>
        <source>Type your passphrase or your recovery key.</source>
        <translation>Escriba su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, and your journal was not opened. Try again; if it happens again, the log in the data folder says why.</source>
        <translation>Ocurrió un problema inesperado y su cuaderno no se abrió. Vuelva a intentarlo; si pasa otra vez, el archivo de registro de la carpeta de datos explica por qué.</translation>
    </message>
    <message>
        <source>That passphrase or recovery key does not open your journal. Check it and try again.</source>
        <translation>Esa frase de contraseña o clave de recuperación no abre su cuaderno. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>Vuelva a intentarlo en %1 s</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>Mark “%1” asked</source>
        <translation>marcar “%1” como preguntada</translation>
    </message>
    <message>
        <source>Mark “%1” open again</source>
        <translation>marcar “%1” como abierta</translation>
    </message>
    <message>
        <source>Set status of “%1” to %2</source>
        <translation>estado de “%1”: %2</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>La consulta</translation>
    </message>
    <message>
        <source>No appointment yet</source>
        <translation>Aún no hay citas</translation>
    </message>
    <message>
        <source>On the day of an appointment, this view shows your questions in large type, lets you mark each one asked with one key, and keeps notes of what is said. Afterwards it helps you write down what was decided.

To start, add your next appointment in Appointments (press Ctrl+3, or pick Appointments in the list of areas). It shows here when you come back.</source>
        <translation>El día de una cita, esta pantalla muestra sus preguntas con letra grande, le permite marcar cada una como preguntada con una sola tecla y guarda notas de lo que le digan. Después, le ayuda a anotar lo que se decidió.

Para empezar, agregue su próxima cita en Citas (presione Ctrl+3, o elija Citas en la lista de secciones). Aparecerá aquí cuando vuelva.</translation>
    </message>
    <message>
        <source>The visit is recorded</source>
        <translation>La consulta quedó guardada</translation>
    </message>
    <message>
        <source>Your answers, notes and decisions are saved with this appointment. You can look back at them, and change them, at any time.</source>
        <translation>Sus respuestas, notas y decisiones quedan guardadas con esta cita. Puede volver a verlas, y cambiarlas, cuando quiera.</translation>
    </message>
    <message>
        <source>Look back at this visit</source>
        <translation>Volver a ver esta consulta</translation>
    </message>
</context>
<context>
    <name>VisitQuestionList</name>
    <message>
        <source>Planned questions</source>
        <translation>Preguntas para esta cita</translation>
    </message>
    <message>
        <source>Must-ask questions first. Space marks the picked question asked, and again makes it open again. Start typing to write its answer.</source>
        <translation>Primero las de “Debo preguntar”. Espacio marca la pregunta elegida como Preguntada, y otra vez la deja Abierta. Empiece a escribir para anotar la respuesta.</translation>
    </message>
</context>
<context>
    <name>VisitQuestions</name>
    <message>
        <source>⚑ Asked about since %1</source>
        <translation>⚑ Pendiente desde el %1</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
</context>
<context>
    <name>VisitTexts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VisitTimer</name>
    <message>
        <source>Show the &amp;timer</source>
        <translation>&amp;Mostrar el tiempo</translation>
    </message>
    <message>
        <source>The time since this view opened</source>
        <translation>El tiempo desde que abrió esta pantalla</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) so far</source>
        <translation>
            <numerusform>%n minuto hasta ahora</numerusform>
            <numerusform>%n minutos hasta ahora</numerusform>
        </translation>
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
        <source>Add my next &amp;appointment</source>
        <translation>Agregar mi próxima &amp;cita</translation>
    </message>
    <message>
        <source>&amp;Look around first</source>
        <translation>&amp;Explorar primero</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
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
