<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Addresses findings</source>
        <translation>Устраняет выводы</translation>
    </message>
    <message>
        <source>Addresses problems</source>
        <translation>Устраняет проблемы</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Что устраняет</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The action plan turns findings into work: each action has an owner, a due date and a status, and names the failures or problems it removes. Add the first with New action…</source>
        <translation>Программа мероприятий превращает выводы в работу: у каждого мероприятия есть ответственный, срок и статус, и в нём указано, какие сбои или проблемы оно устраняет. Добавьте первое кнопкой «Новое мероприятие…»</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete the action “%1”? Undo brings it back.</source>
        <translation>Удалить мероприятие «%1»? Отмена вернёт его.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Программа мероприятий</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its action plan.</source>
        <translation>Выберите проект, чтобы увидеть его программу мероприятий.</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открытое</numerusform>
            <numerusform>%n открытых</numerusform>
            <numerusform>%n открытых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченное</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Annotate the photo</source>
        <translation>Пометки на фото</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Стрелка</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Размытие</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Пикселизация</translation>
    </message>
    <message>
        <source>Select, move (drag) and delete (Del) shapes</source>
        <translation>Выбирать, перемещать (перетаскиванием) и удалять (Del) фигуры</translation>
    </message>
    <message>
        <source>Blur a face, a name badge or a car plate: the pixels are destroyed in the copies reports use</source>
        <translation>Размыть лицо, бейдж с именем или номер машины: в копиях для отчётов пиксели уничтожаются</translation>
    </message>
    <message>
        <source>Pixelate a region: the pixels are destroyed in the copies reports use</source>
        <translation>Пикселизировать область: в копиях для отчётов пиксели уничтожаются</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Тонкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Толстая</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Recolour shapes</source>
        <translation>Изменить цвет фигур</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Add a shape</source>
        <translation>Добавить фигуру</translation>
    </message>
    <message>
        <source>Edit a text</source>
        <translation>Изменить текст</translation>
    </message>
    <message>
        <source>Delete shapes</source>
        <translation>Удалить фигуры</translation>
    </message>
    <message>
        <source>Move shapes</source>
        <translation>Переместить фигуры</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <source>%n shape(s) · saved: reports use the photo with these shapes, the original stays untouched</source>
        <translation>
            <numerusform>%n фигура · сохранено: в отчётах используется фото с этими фигурами, оригинал не изменяется</numerusform>
            <numerusform>%n фигуры · сохранено: в отчётах используется фото с этими фигурами, оригинал не изменяется</numerusform>
            <numerusform>%n фигур · сохранено: в отчётах используется фото с этими фигурами, оригинал не изменяется</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the annotations</source>
        <translation>Не удалось сохранить пометки</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n критерий не выполнен</numerusform>
            <numerusform>%n критерия не выполнены</numerusform>
            <numerusform>%n критериев не выполнено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Add result</source>
        <translation>Добавить результат</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Изменить задание</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The assignment has a due date</source>
        <translation>У задания есть срок</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Тайный покупатель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>New assignment…</source>
        <translation>Новое задание…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to plan its assignments.</source>
        <translation>Выберите проект, чтобы спланировать его задания.</translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>Заданий пока нет</translation>
    </message>
    <message>
        <source>An assignment says which shopper checks which subject, where, how and by when, with which checklist. Plan them with New assignment…, then send them out in a field kit from the Exchange screen.</source>
        <translation>Задание определяет, какой тайный покупатель проверяет какую компанию, где, каким методом, к какому сроку и по какому чек-листу. Запланируйте задания кнопкой «Новое задание…», а затем отправьте их в полевом комплекте с экрана «Обмен».</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n задание</numerusform>
            <numerusform>%n задания</numerusform>
            <numerusform>%n заданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n запланированное</numerusform>
            <numerusform>%n запланированных</numerusform>
            <numerusform>%n запланированных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просроченное</numerusform>
            <numerusform>%n просроченных</numerusform>
            <numerusform>%n просроченных</numerusform>
        </translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>Edit assignment</source>
        <translation>Изменить задание</translation>
    </message>
    <message>
        <source>Delete assignment</source>
        <translation>Удалить задание</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) were made from this assignment; they stay, unlinked. Delete it?</source>
        <translation>
            <numerusform>По этому заданию проведена %n проверка; она останется, но без привязки к заданию. Удалить задание?</numerusform>
            <numerusform>По этому заданию проведены %n проверки; они останутся, но без привязки к заданию. Удалить задание?</numerusform>
            <numerusform>По этому заданию проведено %n проверок; они останутся, но без привязки к заданию. Удалить задание?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckResultsDialog</name>
    <message>
        <source>Results from a check</source>
        <translation>Результаты из проверки</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>◀ Checks</source>
        <extracomment>a &quot;1&quot; followed this soon by a &quot;0&quot; answers 10 on a 0–10 scale</extracomment>
        <translation>◀ Проверки</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Сдать</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>Type the number, Enter to save</source>
        <translation>Введите число, Enter — сохранить</translation>
    </message>
    <message>
        <source>Type the answer, Enter to save</source>
        <translation>Введите ответ, Enter — сохранить</translation>
    </message>
    <message>
        <source>Make a finding</source>
        <translation>Сделать выводом</translation>
    </message>
    <message>
        <source>Comment on this criterion (Tab)</source>
        <translation>Комментарий к критерию (Tab)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>История проверки</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Отвечено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>Провален %n критичный критерий</numerusform>
            <numerusform>Провалено %n критичных критерия</numerusform>
            <numerusform>Провалено %n критичных критериев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required answer(s) missing</source>
        <translation>
            <numerusform>Не хватает %n обязательного ответа</numerusform>
            <numerusform>Не хватает %n обязательных ответов</numerusform>
            <numerusform>Не хватает %n обязательных ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required photo(s) missing</source>
        <translation>
            <numerusform>Не хватает %n обязательного фото</numerusform>
            <numerusform>Не хватает %n обязательных фото</numerusform>
            <numerusform>Не хватает %n обязательных фото</numerusform>
        </translation>
    </message>
    <message>
        <source>go to the first</source>
        <translation>перейти к первому</translation>
    </message>
    <message>
        <source>Complete: ready to submit</source>
        <translation>Заполнено: можно сдавать</translation>
    </message>
    <message>
        <source>Hand the check in for review</source>
        <translation>Сдать проверку на приёмку</translation>
    </message>
    <message>
        <source>This check is %1 and read-only. A reviewer can return it for changes.</source>
        <translation>Статус проверки: %1, она только для чтения. Проверяющий может вернуть её на доработку.</translation>
    </message>
    <message>
        <source>Photo required: %1</source>
        <translation>Нужно фото: %1</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Нет ответа: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 из %3</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>How it should be:</source>
        <translation>Как должно быть:</translation>
    </message>
    <message>
        <source>How it should not be:</source>
        <translation>Как не должно быть:</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>1  Yes</source>
        <translation>1  Да</translation>
    </message>
    <message>
        <source>0  No</source>
        <translation>0  Нет</translation>
    </message>
    <message>
        <source>1 yes · 0 no · N not applicable · Enter next</source>
        <translation>1 да · 0 нет · N неприменимо · Enter далее</translation>
    </message>
    <message>
        <source>%1–%2 score · N not applicable · Enter next</source>
        <translation>%1–%2 оценка · N неприменимо · Enter далее</translation>
    </message>
    <message>
        <source>1 then 0 quickly for 10</source>
        <translation>10 — быстро 1 и 0</translation>
    </message>
    <message>
        <source>1–%1 choose · N not applicable · Enter next</source>
        <translation>1–%1 выбор · N неприменимо · Enter далее</translation>
    </message>
    <message>
        <source>Passes at %1</source>
        <translation>Норма: %1</translation>
    </message>
    <message>
        <source>type the number%1 · Enter save and next · N not applicable</source>
        <translation>введите число%1 · Enter сохранить и далее · N неприменимо</translation>
    </message>
    <message>
        <source>type the answer · Enter save and next</source>
        <translation>введите ответ · Enter сохранить и далее</translation>
    </message>
    <message>
        <source>N  Not applicable</source>
        <translation>N  Неприменимо</translation>
    </message>
    <message>
        <source>a photo is required</source>
        <translation>фото обязательно</translation>
    </message>
    <message>
        <source>photos welcome</source>
        <translation>фото желательно</translation>
    </message>
    <message>
        <source>drop image files here</source>
        <translation>перетащите сюда фото</translation>
    </message>
    <message numerus="yes">
        <source>%n more on other criteria</source>
        <translation>
            <numerusform>ещё %n у другого критерия</numerusform>
            <numerusform>ещё %n у других критериев</numerusform>
            <numerusform>ещё %n у других критериев</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer «%1»</source>
        <translation>Ответ «%1»</translation>
    </message>
    <message>
        <source>Clear the answer «%1»</source>
        <translation>Очистить ответ «%1»</translation>
    </message>
    <message>
        <source>Comment on «%1»</source>
        <translation>Комментарий к «%1»</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>This check is submitted or approved and cannot be changed. A reviewer can return it for changes.</source>
        <translation>Проверка сдана или принята, изменить её нельзя. Проверяющий может вернуть её на доработку.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n photo(s)</source>
        <translation>
            <numerusform>Прикрепить %n фото</numerusform>
            <numerusform>Прикрепить %n фото</numerusform>
            <numerusform>Прикрепить %n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>What should the auditor fix?</source>
        <translation>Что аудитору нужно исправить?</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>New template…</source>
        <translation>Новый шаблон…</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Import template…</source>
        <translation>Импорт шаблона…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Экспорт шаблона…</translation>
    </message>
    <message>
        <source>Add a ready template</source>
        <translation>Добавить готовый шаблон</translation>
    </message>
    <message>
        <source>Checks use version %1, so your edit made version %2. Those checks keep version %1.</source>
        <translation>Проверки используют версию %1, поэтому изменение создало версию %2. Эти проверки остаются на версии %1.</translation>
    </message>
    <message>
        <source>Undone: version %1 is current again.</source>
        <translation>Отменено: текущей снова стала версия %1.</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Изменение критерия</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>Удаление критерия</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Перемещение критерия выше</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Перемещение критерия ниже</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Showroom / retail touchpoints</source>
        <translation>Точки контакта шоурума / магазина</translation>
    </message>
    <message>
        <source>Appearance: online and offline</source>
        <translation>Внешний вид: онлайн и офлайн</translation>
    </message>
    <message>
        <source>Employee assessment</source>
        <translation>Оценка сотрудников</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s).</source>
        <translation>
            <numerusform>%1 не импортирован: %n ошибка.</numerusform>
            <numerusform>%1 не импортирован: %n ошибки.</numerusform>
            <numerusform>%1 не импортирован: %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported «%1» from %2.</source>
        <translation>Импортирован «%1» из %2.</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Экспорт шаблона</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Файл шаблона</translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>General (no stage)</source>
        <translation>Общее (без стадии)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Да / Нет</translation>
    </message>
    <message>
        <source>Scale 0–10</source>
        <translation>Шкала 0–10</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Шкала 1–5</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Импорт / экспорт</translation>
    </message>
    <message>
        <source>Templates in Excel: import, ready templates, export</source>
        <translation>Шаблоны в Excel: импорт, готовые шаблоны, экспорт</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its touchpoint checklists.</source>
        <translation>Выберите проект, чтобы увидеть его чек-листы по точкам контакта.</translation>
    </message>
    <message>
        <source>No checklists yet</source>
        <translation>Чек-листов пока нет</translation>
    </message>
    <message>
        <source>A checklist says, for each touchpoint, what is checked, how it should be and how it should not be, and how many checks each needs. Import a template or create one before the fieldwork starts.</source>
        <translation>Чек-лист описывает для каждой точки контакта, что проверяется, как должно быть и как быть не должно и сколько проверок требуется. Импортируйте шаблон или создайте чек-лист до начала полевых работ.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n шаблон</numerusform>
            <numerusform>%n шаблона</numerusform>
            <numerusform>%n шаблонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s) in current versions</source>
        <translation>
            <numerusform>%n критерий в текущих версиях</numerusform>
            <numerusform>%n критерия в текущих версиях</numerusform>
            <numerusform>%n критериев в текущих версиях</numerusform>
        </translation>
    </message>
    <message>
        <source>passes at</source>
        <translation>засчитывается при</translation>
    </message>
    <message>
        <source>Yes = 1, No = 0, N/A not counted</source>
        <translation>Да = 1, Нет = 0, Н/П не учитывается</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценивается</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n критичный</numerusform>
            <numerusform>%n критичных</numerusform>
            <numerusform>%n критичных</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменена</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерия</numerusform>
            <numerusform>%n критериев</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>How it should be</source>
        <translation>Как должно быть</translation>
    </message>
    <message>
        <source>How it should not be</source>
        <translation>Как быть не должно</translation>
    </message>
    <message>
        <source>Required checks</source>
        <translation>Необходимо проверок</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>number of critical criteria</comment>
        <translation>Критичные</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон чек-листа</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>a criterion&apos;s badge</comment>
        <translation>Критичный</translation>
    </message>
    <message>
        <source>failing it flags the whole check</source>
        <translation>если он не выполнен, помечается вся проверка</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message numerus="yes">
        <source>%n per subject</source>
        <translation>
            <numerusform>%n на компанию</numerusform>
            <numerusform>%n на компанию</numerusform>
            <numerusform>%n на компанию</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>with a person</source>
        <translation>с сотрудником</translation>
    </message>
    <message>
        <source>with the product</source>
        <translation>с продуктом</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>чем больше, тем лучше</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>%n критический сбой</numerusform>
            <numerusform>%n критических сбоя</numerusform>
            <numerusform>%n критических сбоев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Test purchase</source>
        <translation>Контрольная закупка</translation>
    </message>
    <message>
        <source>Call listening</source>
        <translation>Прослушивание звонков</translation>
    </message>
    <message>
        <source>Website check</source>
        <translation>Проверка сайта</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Сдана</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The own company</source>
        <translation>Своя компания</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Test purchase</source>
        <comment>check method, short for a table</comment>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>Call listening</source>
        <comment>check method, short for a table</comment>
        <translation>Прослушивание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject and location</source>
        <translation>Компания и локация</translation>
    </message>
    <message>
        <source>Method and auditor</source>
        <translation>Метод и аудитор</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Show criteria not answered</source>
        <translation>Показать критерии без ответа</translation>
    </message>
    <message>
        <source>New check…</source>
        <translation>Новая проверка…</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Answer the chosen check, keyboard first (Enter)</source>
        <translation>Заполнить выбранную проверку с клавиатуры (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>Delete check</source>
        <translation>Удалить проверку</translation>
    </message>
    <message>
        <source>Delete the check of %1 with its answers and photo links? Undo brings it back.</source>
        <translation>Удалить проверку «%1» вместе с ответами и привязками фото? Отмена вернёт её.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its checks.</source>
        <translation>Выберите проект, чтобы увидеть его проверки.</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>Проверок пока нет</translation>
    </message>
    <message>
        <source>Checks are recorded in the field: a visit, a call, a request or a test purchase of the own company or a competitor, run against a checklist. Start one with New check… (from an assignment or from scratch), or import a shopper&apos;s results file.</source>
        <translation>Проверки проводятся в поле: визит, звонок, заявка или контрольная закупка своей компании или конкурента по чек-листу. Начните с кнопки «Новая проверка…» (по заданию или с нуля) или импортируйте файл результатов тайного покупателя.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted or approved</source>
        <translation>
            <numerusform>%n сдана или принята</numerusform>
            <numerusform>%n сданы или приняты</numerusform>
            <numerusform>%n сдано или принято</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a critical failure</source>
        <translation>
            <numerusform>%n с критическим сбоем</numerusform>
            <numerusform>%n с критическим сбоем</numerusform>
            <numerusform>%n с критическим сбоем</numerusform>
        </translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>No check chosen</source>
        <translation>Проверка не выбрана</translation>
    </message>
    <message>
        <source>Choose a check to see its answers.</source>
        <translation>Выберите проверку, чтобы увидеть её ответы.</translation>
    </message>
    <message>
        <source>Show criteria not answered (%1)</source>
        <translation>Показать критерии без ответа (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Отвечено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n critical criterion(s) failed</source>
        <translation>
            <numerusform>%n критический сбой</numerusform>
            <numerusform>%n критических сбоя</numerusform>
            <numerusform>%n критических сбоев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Не удалось отменить или повторить</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Call out from</source>
        <translation>Выделять от</translation>
    </message>
    <message>
        <source> points</source>
        <translation> баллов</translation>
    </message>
    <message>
        <source>A difference of at least this many points is an advantage or a disadvantage</source>
        <translation>Разница не меньше этого числа баллов — преимущество или недостаток</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to compare its subjects.</source>
        <translation>Выберите проект, чтобы сравнить компании.</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Пока нечего сравнивать</translation>
    </message>
    <message>
        <source>The comparison sets the own company against its competitors: add the own company and at least one competitor to the engagement.</source>
        <translation>Сравнение сопоставляет свою компанию с конкурентами: добавьте в проект свою компанию и хотя бы одного конкурента.</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Оценок пока нет</translation>
    </message>
    <message>
        <source>Scores come from the checks: once checks of the own company and of competitors have answers, they are compared here per stage and touchpoint.</source>
        <translation>Оценки берутся из проверок: когда у проверок своей компании и конкурентов появятся ответы, они будут сравнены здесь по этапам и точкам контакта.</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 против: %2</translation>
    </message>
    <message>
        <source>Stage › touchpoint</source>
        <translation>Этап › точка контакта</translation>
    </message>
    <message>
        <source>our advantage</source>
        <translation>наше преимущество</translation>
    </message>
    <message>
        <source>our disadvantage</source>
        <translation>наш недостаток</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Против: %1</translation>
    </message>
    <message numerus="yes">
        <source>Our advantages (%n)</source>
        <translation>
            <numerusform>Наши преимущества (%n)</numerusform>
            <numerusform>Наши преимущества (%n)</numerusform>
            <numerusform>Наши преимущества (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our disadvantages (%n)</source>
        <translation>
            <numerusform>Наши недостатки (%n)</numerusform>
            <numerusform>Наши недостатки (%n)</numerusform>
            <numerusform>Наши недостатки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Change comparison threshold</source>
        <translation>Изменить порог сравнения</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Other touchpoints</source>
        <translation>Прочие точки контакта</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>The own company</source>
        <translation>Своя компания</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 required checks done</source>
        <translation>%1 — %2: выполнено %3 из %4 необходимых проверок</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its fieldwork coverage.</source>
        <translation>Выберите проект, чтобы увидеть покрытие полевых работ.</translation>
    </message>
    <message>
        <source>Nothing to cover yet</source>
        <translation>Покрывать пока нечего</translation>
    </message>
    <message>
        <source>Coverage compares the checks done of each touchpoint for each subject with the checks its checklist requires. Add subjects and a checklist whose criteria name touchpoints, then record checks.</source>
        <translation>Покрытие сопоставляет число проведённых проверок каждой точки контакта по каждой компании с числом, которого требует чек-лист. Добавьте компании и чек-лист, критерии которого привязаны к точкам контакта, а затем вносите проверки.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks done · %3 missing</source>
        <translation>Выполнено %1 из %2 необходимых проверок · не хватает %3</translation>
    </message>
    <message>
        <source>Totals count each cell up to its requirement, so extra checks in one place do not hide missing ones in another.</source>
        <translation>В итогах избыток проверок в одной ячейке не покрывает нехватку в другой.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>выполнено частично</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>Edit criterion</source>
        <translation>Изменить критерий</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>e.g. The administrator greeted within 30 seconds</source>
        <translation>напр. Администратор поприветствовал в течение 30 секунд</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Что проверяется</translation>
    </message>
    <message>
        <source>How it should be</source>
        <translation>Как должно быть</translation>
    </message>
    <message>
        <source>How it should not be</source>
        <translation>Как не должно быть</translation>
    </message>
    <message>
        <source>General (no stage)</source>
        <translation>Общее (без стадии)</translation>
    </message>
    <message>
        <source>e.g. Appearance, Employees</source>
        <translation>напр. Внешний вид, Сотрудники</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <source>with a person</source>
        <translation>с человеком</translation>
    </message>
    <message>
        <source>with the product</source>
        <translation>с продуктом</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Да / Нет</translation>
    </message>
    <message>
        <source>Scale 0–10</source>
        <translation>Шкала 0–10</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Шкала 1–5</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>unit, e.g. min</source>
        <translation>единица, напр. мин</translation>
    </message>
    <message>
        <source>pass threshold</source>
        <translation>порог прохождения</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>меньше — лучше</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>больше — лучше</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <source>Critical: failing it flags the whole check</source>
        <translation>Критичный: его провал отмечает всю проверку</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source> per subject</source>
        <translation> на объект</translation>
    </message>
    <message>
        <source>Required checks</source>
        <translation>Нужно проверок</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>— none: a general section —</source>
        <translation>— нет: общий раздел —</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошо</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>плохо</translation>
    </message>
    <message>
        <source>The threshold and the points must be numbers.</source>
        <translation>Порог и баллы должны быть числами.</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation>Изменить сотрудника</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>e.g. LEN-SM-02 (a code keeps people anonymous)</source>
        <translation>напр. LEN-SM-02 (код сохраняет анонимность)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по желанию</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
</context>
<context>
    <name>Employees</name>
    <message>
        <source>Product knowledge</source>
        <translation>Знание продукта</translation>
    </message>
    <message>
        <source>Standards knowledge</source>
        <translation>Знание стандартов</translation>
    </message>
    <message>
        <source>Customer orientation</source>
        <translation>Клиентоориентированность</translation>
    </message>
    <message>
        <source>Engagement (survey)</source>
        <translation>Вовлечённость (опрос)</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Подбор персонала</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>KPI and motivation</source>
        <translation>KPI и мотивация</translation>
    </message>
    <message>
        <source>Working conditions</source>
        <translation>Условия труда</translation>
    </message>
</context>
<context>
    <name>EmployeesView</name>
    <message>
        <source>New employee…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>Добавить результат…</translation>
    </message>
    <message>
        <source>Results from a check…</source>
        <translation>Результаты из проверки…</translation>
    </message>
    <message>
        <source>Score a check made with the employee assessment template, area by area</source>
        <translation>Оценить проверку по шаблону оценки сотрудников по каждой области</translation>
    </message>
    <message>
        <source>No employees yet. Add the people at the front line with New employee… (a code is enough to keep them anonymous), then their results by area — product and standards knowledge, customer orientation, engagement — and the trainings they attended with New training….</source>
        <translation>Сотрудников пока нет. Добавьте фронт-лайн персонал кнопкой «Новый сотрудник…» (для анонимности достаточно кода), затем их результаты по областям — знание продукта и стандартов, клиентоориентированность, вовлечённость — и пройденные тренинги кнопкой «Новый тренинг…».</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Удалить результат</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>По областям</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Новый тренинг…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>What the audit concluded about this area: strengths, gaps, what to change.</source>
        <translation>Выводы аудита по этой области: сильные стороны, пробелы, что изменить.</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Сохранить заключение</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Results by area</source>
        <translation>Результаты по областям</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Заключения</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its employees.</source>
        <translation>Выберите проект, чтобы увидеть его сотрудников.</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n тренинг</numerusform>
            <numerusform>%n тренинга</numerusform>
            <numerusform>%n тренингов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never trained</source>
        <translation>
            <numerusform>%n без обучения</numerusform>
            <numerusform>%n без обучения</numerusform>
            <numerusform>%n без обучения</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Изменить сотрудника</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>Удалить сотрудника</translation>
    </message>
    <message>
        <source>Delete %1 with their results and training records? Undo brings them back.</source>
        <translation>Удалить %1 вместе с результатами и записями о тренингах? Отмена вернёт их.</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Добавить результат</translation>
    </message>
    <message>
        <source>Results from a check</source>
        <translation>Результаты из проверки</translation>
    </message>
    <message>
        <source>No check uses the employee assessment template yet: add it under Checklists (Ready templates), then check the employees.</source>
        <translation>Ни одна проверка ещё не использует шаблон оценки сотрудников: добавьте его в разделе «Чек-листы» (готовые шаблоны), затем проверьте сотрудников.</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Новый тренинг</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Изменить тренинг</translation>
    </message>
    <message>
        <source>Delete training</source>
        <translation>Удалить тренинг</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Customer focus</source>
        <translation>Клиентоориентированность</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Last training</source>
        <translation>Последний тренинг</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>check</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>One conclusion per area; they go into the report.</source>
        <translation>Одно заключение на область; заключения попадают в отчёт.</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>New engagement</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>e.g. Service audit, Q4 2026</source>
        <translation>например, Аудит сервиса, IV квартал 2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Fieldwork from</source>
        <translation>Полевые работы с</translation>
    </message>
    <message>
        <source>Fieldwork until</source>
        <translation>Полевые работы по</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>Importing evidence…</source>
        <extracomment>what a file dropped or chosen may be (photos, call recordings, documents) the progress signal is sent at most this often (the GUI repaints in batches)</extracomment>
        <translation>Импорт доказательств…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>The import was cancelled; the files not listed were not imported.</source>
        <translation>Импорт прерван; файлы, которых нет в списке, не импортированы.</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Caption</source>
        <extracomment>the filter&apos;s dimensions, in the order of the filter bar</extracomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>нет превью</translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation>Импорт фото…</translation>
    </message>
    <message>
        <source>Photos and files…</source>
        <translation>Фото и файлы…</translation>
    </message>
    <message>
        <source>A folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Export originals…</source>
        <translation>Экспорт оригиналов…</translation>
    </message>
    <message>
        <source>★ used in a finding   ✎ annotated   ▣ redacted   ⚠ taken far from the check&apos;s time   ◷? no capture time   ◎ taken far from the location   ·   double-click a photo to open it, F2 to caption it, right-click to link</source>
        <translation>★ использовано в выводе   ✎ с пометками   ▣ обезличено   ⚠ снято далеко от времени проверки   ◷? нет времени съёмки   ◎ снято далеко от локации   ·   двойной щелчок открывает фото, F2 — подпись, правый щелчок — привязка</translation>
    </message>
    <message>
        <source>Recordings and documents</source>
        <translation>Записи и документы</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its photo evidence.</source>
        <translation>Выберите проект, чтобы увидеть его фотодоказательства.</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Фото пока нет</translation>
    </message>
    <message>
        <source>Photos are the evidence behind checks and findings: a dirty floor, an old price tag, an empty reception desk. Use Import photos… above, or drop phone photos here, onto a check or onto a finding.</source>
        <translation>Фото — доказательства для проверок и выводов: грязный пол, старый ценник, пустая стойка администратора. Нажмите «Импорт фото…» выше или перетащите фото с телефона сюда, на проверку или на вывод.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) or document(s)</source>
        <translation>
            <numerusform>%n запись или документ</numerusform>
            <numerusform>%n записи или документа</numerusform>
            <numerusform>%n записей или документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a doubtful capture time or place</source>
        <translation>
            <numerusform>%n с сомнительным временем или местом съёмки</numerusform>
            <numerusform>%n с сомнительным временем или местом съёмки</numerusform>
            <numerusform>%n с сомнительным временем или местом съёмки</numerusform>
        </translation>
    </message>
    <message>
        <source>No capture time</source>
        <translation>Нет времени съёмки</translation>
    </message>
    <message>
        <source>Taken far from the check&apos;s time</source>
        <translation>Снято далеко от времени проверки</translation>
    </message>
    <message>
        <source>Taken far from the location</source>
        <translation>Снято далеко от локации</translation>
    </message>
    <message>
        <source>Edit a caption</source>
        <translation>Изменить подпись</translation>
    </message>
    <message>
        <source>Link a photo</source>
        <translation>Привязать фото</translation>
    </message>
    <message>
        <source>Unlink a photo</source>
        <translation>Отвязать фото</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Пометки…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Изменить подпись</translation>
    </message>
    <message>
        <source>Link to a check or finding…</source>
        <translation>Привязать к проверке или выводу…</translation>
    </message>
    <message>
        <source>Unlink from</source>
        <translation>Отвязать от</translation>
    </message>
    <message>
        <source>Export originals of the selection…</source>
        <translation>Экспорт оригиналов выбранных файлов…</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>Cannot annotate the photo</source>
        <translation>Не удалось открыть фото для пометок</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Импорт доказательств</translation>
    </message>
    <message>
        <source>Photos, recordings and documents ({0})</source>
        <translation>Фото, записи и документы ({0})</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>None of these is a photo, a recording or a PDF.</source>
        <translation>Среди этих файлов нет ни фото, ни записей, ни PDF.</translation>
    </message>
    <message>
        <source>Export originals to</source>
        <translation>Экспорт оригиналов в папку</translation>
    </message>
    <message>
        <source>Originals exported</source>
        <translation>Оригиналы экспортированы</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and an index with their SHA-256 written to {0}</source>
        <translation>
            <numerusform>%n файл и перечень с его SHA-256 записаны в {0}</numerusform>
            <numerusform>%n файла и перечень с их SHA-256 записаны в {0}</numerusform>
            <numerusform>%n файлов и перечень с их SHA-256 записаны в {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the originals</source>
        <translation>Не удалось экспортировать оригиналы</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все локации</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все стадии</translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation>Все точки контакта</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Все критерии</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Любой вывод</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Любая отметка</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>С пометками</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Обезличенные</translation>
    </message>
    <message>
        <source>Used in a finding</source>
        <translation>Использованы в выводах</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Export field kit…</source>
        <translation>Экспорт полевого комплекта…</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Экспорт результатов…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This workspace (mine)</source>
        <translation>Этот рабочий файл (моё)</translation>
    </message>
    <message>
        <source>Incoming (theirs)</source>
        <translation>Входящее (их)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Неразрешённые конфликты</translation>
    </message>
    <message>
        <source>Field exchange</source>
        <translation>Обмен полевыми данными</translation>
    </message>
    <message>
        <source>Kits carry the engagement, maps, checklists and assignments out to shoppers; results bring checks, answers, photos and findings back.</source>
        <translation>Полевые комплекты передают тайным покупателям проект, карты, чек-листы и задания; результаты возвращают проверки, ответы, фото и выводы.</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочий файл не открыт</translation>
    </message>
    <message>
        <source>Open a workspace to exchange bundles.</source>
        <translation>Откройте рабочий файл, чтобы обмениваться пакетами.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported; the last on {0}</source>
        <translation>
            <numerusform>Импортирован %n пакет; последний — {0}</numerusform>
            <numerusform>Импортировано %n пакета; последний — {0}</numerusform>
            <numerusform>Импортировано %n пакетов; последний — {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle imported yet.</source>
        <translation>Пакеты ещё не импортировались.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <source>Export a field kit for each shopper with Export field kit…; they import it, work offline, and send back their results (Export results…). Import bundle… shows what a bundle adds before it is merged. Rows changed both here and there will wait here for you.</source>
        <translation>Экспортируйте полевой комплект для каждого тайного покупателя кнопкой «Экспорт полевого комплекта…»; покупатель импортирует его, работает офлайн и присылает обратно свои результаты («Экспорт результатов…»). «Импорт пакета…» показывает, что добавит пакет, ещё до слияния. Записи, изменённые и здесь, и там, будут ждать здесь вашего решения.</translation>
    </message>
    <message>
        <source>{0} {1}: changed here and in the bundle since they last agreed</source>
        <translation>{0} {1}: изменено и здесь, и в пакете после последнего совпадения</translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(удалено здесь)</translation>
    </message>
    <message>
        <source>(deleted there)</source>
        <translation>(удалено там)</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>Export field kit</source>
        <translation>Экспорт полевого комплекта</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CX Desk bundles (*.cxb)</source>
        <translation>Пакеты CX Desk (*.cxb)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n check(s)</source>
        <translation>
            <numerusform>{0}: %n проверка</numerusform>
            <numerusform>{0}: %n проверки</numerusform>
            <numerusform>{0}: %n проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n задание</numerusform>
            <numerusform>%n задания</numerusform>
            <numerusform>%n заданий</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Пакет отклонён</translation>
    </message>
    <message numerus="yes">
        <source>%n new check(s)</source>
        <translation>
            <numerusform>%n новая проверка</numerusform>
            <numerusform>%n новые проверки</numerusform>
            <numerusform>%n новых проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s)</source>
        <translation>
            <numerusform>%n новое фото</numerusform>
            <numerusform>%n новых фото</numerusform>
            <numerusform>%n новых фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s)</source>
        <translation>
            <numerusform>%n новое задание</numerusform>
            <numerusform>%n новых задания</numerusform>
            <numerusform>%n новых заданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated row(s)</source>
        <translation>
            <numerusform>%n обновлённая запись</numerusform>
            <numerusform>%n обновлённые записи</numerusform>
            <numerusform>%n обновлённых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n удаление</numerusform>
            <numerusform>%n удаления</numerusform>
            <numerusform>%n удалений</numerusform>
        </translation>
    </message>
    <message>
        <source>Field kit</source>
        <translation>Полевой комплект</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Rows changed on both sides keep this workspace&apos;s version until you choose.</source>
        <translation>Для строк, изменённых с обеих сторон, сохраняется версия этого рабочего файла, пока вы не сделаете выбор.</translation>
    </message>
    <message>
        <source>Import this bundle?</source>
        <translation>Импортировать этот пакет?</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>Слияние пакета…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
</context>
<context>
    <name>FailedPanel</name>
    <message numerus="yes">
        <source>Failed criteria (%n)</source>
        <translation>
            <numerusform>Невыполненные критерии (%n)</numerusform>
            <numerusform>Невыполненные критерии (%n)</numerusform>
            <numerusform>Невыполненные критерии (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers below the pass mark that no finding names yet.</source>
        <translation>Ответы ниже проходного балла, ещё не вошедшие ни в один вывод.</translation>
    </message>
    <message>
        <source>Every failed criterion is behind a finding.</source>
        <translation>Каждый невыполненный критерий уже вошёл в вывод.</translation>
    </message>
    <message>
        <source>Make a finding</source>
        <translation>Сделать выводом</translation>
    </message>
    <message>
        <source>Record this failed criterion as a finding</source>
        <translation>Записать этот невыполненный критерий как вывод</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Random sample</source>
        <translation>Случайная выборка</translation>
    </message>
    <message>
        <source>Census (everyone asked)</source>
        <translation>Сплошная (опрошены все)</translation>
    </message>
    <message>
        <source>Self-selected (clients chose)</source>
        <translation>Стихийная (клиенты решали сами)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Нравится</translation>
    </message>
    <message>
        <source>Disliked</source>
        <translation>Не нравится</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>Связаться</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Импорт обратной связи</translation>
    </message>
</context>
<context>
    <name>FeedbackImportJob</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Прочитана %n строка</numerusform>
            <numerusform>Прочитаны %n строки</numerusform>
            <numerusform>Прочитано %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTabs</name>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>± over 10</source>
        <translation>± больше 10</translation>
    </message>
    <message>
        <source>response rate &lt; 20 %</source>
        <translation>отклик &lt; 20 %</translation>
    </message>
    <message>
        <source>self-selected</source>
        <translation>самоотбор</translation>
    </message>
    <message>
        <source>sampling unknown</source>
        <translation>выборка неизвестна</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>± margin</source>
        <translation>± погрешность</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>% easy</source>
        <translation>% «легко»</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Читать с осторожностью</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Разрез</translation>
    </message>
    <message>
        <source>Own company, competitors and unattributed responses, each group on its own; NPS = % 9–10 − % 0–6.</source>
        <translation>Своя компания, конкуренты и ответы без компании — каждая группа отдельно; NPS = % 9–10 − % 0–6.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Новый тег…</translation>
    </message>
    <message>
        <source>Edit tag…</source>
        <translation>Изменить тег…</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <source>Apply keyword rules</source>
        <translation>Применить правила по ключевым словам</translation>
    </message>
    <message>
        <source>Tag every comment containing a tag&apos;s keywords; manual tags stay</source>
        <translation>Отметить тегом каждый комментарий с ключевыми словами тега; теги, поставленные вручную, остаются</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <source>Edit tag</source>
        <translation>Изменить тег</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>Time to contact</source>
        <translation>Время до контакта</translation>
    </message>
    <message>
        <source>From the response&apos;s date to the first contact</source>
        <translation>От даты ответа до первого контакта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>Записать контакт…</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Удалить отработку</translation>
    </message>
    <message>
        <source>No follow-ups yet: choose a detractor&apos;s response and Create follow-up.</source>
        <translation>Отработок пока нет: выберите ответ критика и нажмите «Назначить отработку».</translation>
    </message>
    <message>
        <source>%1 follow-ups · %2 contacted · %3 within the target time</source>
        <translation>Отработок: %1 · связались: %2 · в срок: %3</translation>
    </message>
    <message>
        <source>median time to first contact %1</source>
        <translation>медиана времени до первого контакта %1</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Способ формирования</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашено</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Доля ответивших</translation>
    </message>
    <message>
        <source>New sample…</source>
        <translation>Новая выборка…</translation>
    </message>
    <message>
        <source>Edit sample…</source>
        <translation>Изменить выборку…</translation>
    </message>
    <message>
        <source>Only a random or near-complete sample supports an NPS: record how each was drawn and how many clients were invited.</source>
        <translation>NPS опирается только на случайную или почти сплошную выборку: укажите, как сделана каждая выборка и сколько клиентов было приглашено.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Новая выборка</translation>
    </message>
    <message>
        <source>Edit sample</source>
        <translation>Изменить выборку</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Отработка</translation>
    </message>
    <message>
        <source>Customer effort score (1–7)</source>
        <translation>Индекс усилий клиента, CES (1–7)</translation>
    </message>
    <message>
        <source>Promoter (9–10)</source>
        <translation>Лояльный (9–10)</translation>
    </message>
    <message>
        <source>Passive (7–8)</source>
        <translation>Нейтрал (7–8)</translation>
    </message>
    <message>
        <source>Detractor (0–6)</source>
        <translation>Критик (0–6)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import responses from a CSV or xlsx file</source>
        <translation>Импортировать ответы из файла CSV или xlsx</translation>
    </message>
    <message>
        <source>New response…</source>
        <translation>Новый ответ…</translation>
    </message>
    <message>
        <source>Mean of 1–7 answers (7 = very easy); easy = share of answers %1–7</source>
        <translation>Среднее по ответам 1–7 (7 = очень легко); «легко» — доля ответов %1–7</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Индекс NPS</translation>
    </message>
    <message>
        <source>Customer effort (CES)</source>
        <translation>Усилия клиента (CES)</translation>
    </message>
    <message>
        <source>Scores 0–10</source>
        <translation>Оценки 0–10</translation>
    </message>
    <message>
        <source>Create follow-up…</source>
        <translation>Назначить отработку…</translation>
    </message>
    <message>
        <source>Call back or write to a detractor, by a target time</source>
        <translation>Перезвонить критику или написать ему к назначенному сроку</translation>
    </message>
    <message>
        <source>Delete response</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tag the response by hand (liked / disliked)</source>
        <translation>Отметить ответ тегами вручную (нравится / не нравится)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Liked and disliked</source>
        <translation>Нравится и не нравится</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Отработка</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Выборки</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its customer feedback.</source>
        <translation>Выберите проект, чтобы увидеть обратную связь клиентов.</translation>
    </message>
    <message>
        <source>No customer feedback yet</source>
        <translation>Обратной связи от клиентов пока нет</translation>
    </message>
    <message>
        <source>Import survey responses (Import…: a CSV or xlsx file with a 0–10 score column) or type them in (New response…) to see the NPS, its margin of error and what clients say. Say how the sample was drawn: only a random or near-complete sample gives a figure worth reporting.</source>
        <translation>Импортируйте ответы опроса («Импорт…»: файл CSV или xlsx со столбцом оценок 0–10) или введите их вручную («Новый ответ…»), чтобы увидеть NPS, его погрешность и то, что говорят клиенты. Укажите, как формировалась выборка: показатель, который стоит включать в отчёт, даёт только случайная или почти сплошная выборка.</translation>
    </message>
    <message>
        <source>Only %1 responses (fewer than %2).</source>
        <translation>Ответов всего %1 (меньше %2).</translation>
    </message>
    <message>
        <source>The margin of error is ±%1 points (over ±%2): the NPS may move that much from one survey to the next.</source>
        <translation>Погрешность ±%1&#xa0;п. (больше ±%2&#xa0;п.): от опроса к опросу NPS может сдвигаться на столько же.</translation>
    </message>
    <message>
        <source>Response rate %1 % (under %2 %): those who answered chose to.</source>
        <translation>Доля ответивших %1&#xa0;% (меньше %2&#xa0;%): ответили те, кто сам захотел.</translation>
    </message>
    <message>
        <source>Part of the sample is self-selected: clients chose whether to answer, so the unhappy and the delighted are over-represented.</source>
        <translation>Часть выборки стихийная: клиенты сами решали, отвечать ли, поэтому недовольных и восхищённых в ней непропорционально много.</translation>
    </message>
    <message>
        <source>No tags yet: add them under Liked and disliked</source>
        <translation>Тегов пока нет: добавьте их на вкладке «Нравится и не нравится»</translation>
    </message>
    <message>
        <source>Tag response</source>
        <translation>Добавить тег к ответу</translation>
    </message>
    <message>
        <source>Untag response</source>
        <translation>Снять тег с ответа</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>Delete this response with its tags and follow-up? Undo brings it back.</source>
        <translation>Удалить этот ответ вместе с тегами и отработкой? Отмена вернёт его.</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Назначить отработку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>the progress signal is sent at most this often (the GUI repaints in batches)</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Checking the responses of %1…</source>
        <translation>Проверка ответов из %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Импорт обратной связи</translation>
    </message>
    <message>
        <source>Added %1, skipped %2 already imported.</source>
        <translation>Добавлено: %1; пропущено уже импортированных: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>No responses for the own company yet.</source>
        <translation>По своей компании ответов пока нет.</translation>
    </message>
    <message>
        <source>n = %1 · ± %2 points (95 % confidence)</source>
        <translation>n = %1 · ±&#xa0;%2&#xa0;п. с вероятностью 95&#xa0;%</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>лояльные</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>нейтралы</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>критики</translation>
    </message>
    <message>
        <source>No CES answers yet.</source>
        <translation>Ответов CES пока нет.</translation>
    </message>
    <message>
        <source>%1 % easy · n = %2</source>
        <translation>легко: %1&#xa0;% · n = %2</translation>
    </message>
    <message>
        <source>Read this figure with care.</source>
        <translation>К этой цифре стоит отнестись осторожно.</translation>
    </message>
    <message>
        <source>How the sample was drawn is not recorded; only a random or near-complete sample supports the figure.</source>
        <translation>Способ формирования выборки не указан; на показатель можно опираться только при случайной или почти сплошной выборке.</translation>
    </message>
</context>
<context>
    <name>FindingDelegate</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Edit finding</source>
        <translation>Изменить вывод</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Новый вывод</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Failures</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>Слабые места</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Best practices — comfort</source>
        <translation>Лучшие практики — комфорт</translation>
    </message>
    <message>
        <source>Best practices — wow</source>
        <translation>Лучшие практики — вау-эффект</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Weak spot</source>
        <translation>Слабое место</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Best practice — comfort</source>
        <translation>Лучшая практика — комфорт</translation>
    </message>
    <message>
        <source>Best practice — wow</source>
        <translation>Лучшая практика — вау</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Техника</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Первопричина:</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>Новый вывод…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its findings.</source>
        <translation>Выберите проект, чтобы увидеть его выводы.</translation>
    </message>
    <message>
        <source>No findings yet</source>
        <translation>Выводов пока нет</translation>
    </message>
    <message>
        <source>Findings are what the checks revealed: failures and weak spots with their root causes, strengths, and best practices seen at competitors. Make one of a failed criterion in one click, or add one with New finding…</source>
        <translation>Выводы — то, что показали проверки: провалы и слабые места с их первопричинами, сильные стороны и лучшие практики конкурентов. Сделайте вывод из невыполненного критерия одним щелчком или добавьте его кнопкой «Новый вывод…»</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Новый вывод</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Изменить вывод</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Удалить вывод</translation>
    </message>
    <message>
        <source>Delete the finding “%1”? Undo brings it back.</source>
        <translation>Удалить вывод «%1»? Отмена вернёт его.</translation>
    </message>
    <message>
        <source>Make a finding</source>
        <translation>Сделать выводом</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Все компании</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Отработка</translation>
    </message>
    <message>
        <source>Create follow-up</source>
        <translation>Назначить отработку</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Contact within</source>
        <translation>Связаться в течение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>A .csv or .xlsx file with a score column</source>
        <translation>Файл .csv или .xlsx со столбцом оценок</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Import feedback</source>
        <translation>Импорт обратной связи</translation>
    </message>
    <message>
        <source>Feedback files (*.csv *.xlsx)</source>
        <translation>Файлы обратной связи (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Импорт %n файла</numerusform>
            <numerusform>Импорт %n файлов</numerusform>
            <numerusform>Импорт %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) stored.</source>
        <translation>
            <numerusform>Сохранён %n новый файл.</numerusform>
            <numerusform>Сохранено %n новых файла.</numerusform>
            <numerusform>Сохранено %n новых файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were stored already and are linked again.</source>
        <translation>
            <numerusform>%n файл уже был сохранён и привязан заново.</numerusform>
            <numerusform>%n файла уже были сохранены и привязаны заново.</numerusform>
            <numerusform>%n файлов уже были сохранены и привязаны заново.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>Отклонён %n файл:</numerusform>
            <numerusform>Отклонено %n файла:</numerusform>
            <numerusform>Отклонено %n файлов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>Изменить инцидент</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. phone, letter, complaints book, review</source>
        <translation>например, телефон, письмо, книга жалоб, отзыв</translation>
    </message>
    <message>
        <source>e.g. discount, refund, free service</source>
        <translation>например, скидка, возврат денег, бесплатная услуга</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснованность</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Problem (root cause)</source>
        <translation>Проблема (первопричина)</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Being removed</source>
        <translation>Устраняется</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснован</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Не обоснован</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Обоснованность</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Время до закрытия</translation>
    </message>
    <message>
        <source>From the incident&apos;s date to its closing</source>
        <translation>От даты инцидента до его закрытия</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новый инцидент…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Problem (root cause)</source>
        <translation>Проблема (первопричина)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Локации</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>Новая проблема…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Incidents and problems</source>
        <translation>Инциденты и проблемы</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>открыто: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Канал: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Диагноз: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to see its incidents and problems.</source>
        <translation>Выберите проект, чтобы увидеть его инциденты и проблемы.</translation>
    </message>
    <message>
        <source>No incidents yet</source>
        <translation>Инцидентов пока нет</translation>
    </message>
    <message>
        <source>Record each customer complaint with New incident…: what happened, the diagnosis, whether it is justified, the compensation offered, and when it was closed. Group incidents and failure findings under New problem… — the root cause to remove.</source>
        <translation>Записывайте каждую жалобу клиента через «Новый инцидент…»: что произошло, диагноз, обоснована ли она, предложенную компенсацию и когда она закрыта. Объединяйте инциденты и выводы-сбои в «Новую проблему…» — первопричину, которую нужно устранить.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открытый</numerusform>
            <numerusform>%n открытых</numerusform>
            <numerusform>%n открытых</numerusform>
        </translation>
    </message>
    <message>
        <source>closed in %1 days on average</source>
        <translation>закрыты в среднем за %1 дн.</translation>
    </message>
    <message>
        <source>compensation %1</source>
        <translation>компенсации: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Изменить инцидент</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Удалить инцидент</translation>
    </message>
    <message>
        <source>Delete this incident? Undo brings it back.</source>
        <translation>Удалить этот инцидент? Отмена вернёт его.</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Новая проблема</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Изменить проблему</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Удалить проблему</translation>
    </message>
    <message>
        <source>Delete the problem “%1”? Its incidents and findings stay, unlinked; undo links them again.</source>
        <translation>Удалить проблему «%1»? Её инциденты и выводы останутся, но без связи; отмена снова свяжет их.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Russian interface</source>
        <translation>Русский интерфейс</translation>
    </message>
    <message>
        <source>English interface</source>
        <translation>Английский интерфейс</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link the photo</source>
        <translation>Привязать фото</translation>
    </message>
    <message>
        <source>To a check</source>
        <translation>К проверке</translation>
    </message>
    <message>
        <source>To a finding</source>
        <translation>К выводу</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>(the whole check)</source>
        <translation>(вся проверка)</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Add location</source>
        <translation>Добавить локацию</translation>
    </message>
    <message>
        <source>e.g. Showroom on Leninsky</source>
        <translation>например, Шоурум на Ленинском</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
</context>
<context>
    <name>LocationKinds</name>
    <message>
        <source>Showroom</source>
        <translation>Шоурум</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Телефонная линия</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Нет недавних рабочих файлов</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>En&amp;gagement</source>
        <translation>Пр&amp;оект</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новый рабочий файл…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочий файл…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Open the &amp;sample engagement…</source>
        <translation>Открыть &amp;демонстрационный проект…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;About CX Desk</source>
        <translation>&amp;О программе CX Desk</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удаётся открыть рабочий файл</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новый рабочий файл</translation>
    </message>
    <message>
        <source>A file with this name exists already. Choose another name, or open it.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя или откройте этот файл.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s content with this backup? Its current state is backed up first.</source>
        <translation>Заменить содержимое рабочего файла этой резервной копией? Перед этим текущее состояние будет сохранено в отдельную копию.</translation>
    </message>
    <message>
        <source>Saving a copy to {0}…</source>
        <translation>Сохранение копии в {0}…</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Rename engagement</source>
        <translation>Переименовать проект</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete «%1» with all its checks, photos, findings and actions? You can undo this (Edit → Undo).</source>
        <translation>Удалить «%1» со всеми проверками, фотографиями, выводами и мероприятиями? Это действие можно отменить (Правка → Отменить).</translation>
    </message>
    <message>
        <source>About CX Desk</source>
        <translation>О программе CX Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CX Desk&lt;/h3&gt;&lt;p&gt;Customer-service audits and mystery shopping, offline, on the desktop: journey maps, checklists, checks with photo evidence, findings, action plans and client reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CX Desk&lt;/h3&gt;&lt;p&gt;Аудит клиентского сервиса и тайный покупатель — без интернета, на вашем компьютере: карты пути клиента, чек-листы, проверки с фотодоказательствами, выводы, программа мероприятий и отчёты для клиента.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочий файл не открыт</translation>
    </message>
    <message>
        <source>Workspace: {0} · Read-only: {1}</source>
        <translation>Рабочий файл: {0} · Только чтение: {1}</translation>
    </message>
    <message>
        <source>Workspace: %1 · All changes saved</source>
        <translation>Рабочий файл: %1 · Все изменения сохранены</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>Remove barrier</source>
        <translation>Удалить барьер</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Добавить точку контакта</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить стадию</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation>Сдвинуть стадию влево</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation>Сдвинуть стадию вправо</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Новая точка контакта</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новая стадия</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Переместить стадию</translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Переместить %n точку контакта</numerusform>
            <numerusform>Переместить %n точки контакта</numerusform>
            <numerusform>Переместить %n точек контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect touchpoints</source>
        <translation>Соединить точки контакта</translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation>Изменить точку контакта</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Изменить стадию</translation>
    </message>
    <message>
        <source>Edit flow</source>
        <translation>Изменить переход</translation>
    </message>
    <message>
        <source>Edit barrier</source>
        <translation>Изменить барьер</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation>Добавить барьер</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Удалить %n элемент</numerusform>
            <numerusform>Удалить %n элемента</numerusform>
            <numerusform>Удалить %n элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>Вставить %n точку контакта</numerusform>
            <numerusform>Вставить %n точки контакта</numerusform>
            <numerusform>Вставить %n точек контакта</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapsView</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n точка контакта</numerusform>
            <numerusform>%n точки контакта</numerusform>
            <numerusform>%n точек контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <source>person</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>product</source>
        <translation>продукт</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>направляют</translation>
    </message>
    <message>
        <source>goes by themselves</source>
        <translation>переходит сам</translation>
    </message>
    <message>
        <source>≥ 80</source>
        <translation>≥ 80</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60–79</translation>
    </message>
    <message>
        <source>&lt; 60</source>
        <translation>&lt; 60</translation>
    </message>
    <message>
        <source>Five default stages</source>
        <translation>Пять стандартных стадий</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пустая</translation>
    </message>
    <message>
        <source>B2B with stakeholder lanes</source>
        <translation>B2B с дорожками участников</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Create a journey map</source>
        <translation>Создать карту пути клиента</translation>
    </message>
    <message>
        <source>Duplicate as redesign</source>
        <translation>Копия для редизайна</translation>
    </message>
    <message>
        <source>Copy this map as the start of its redesign</source>
        <translation>Скопировать карту как основу редизайна</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить стадию</translation>
    </message>
    <message>
        <source>Add a stage after the selected one</source>
        <translation>Добавить стадию после выбранной</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Добавить точку контакта</translation>
    </message>
    <message>
        <source>Add a touchpoint (Insert)</source>
        <translation>Добавить точку контакта (Insert)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Duplicate, export or delete this map</source>
        <translation>Копировать, экспортировать или удалить эту карту</translation>
    </message>
    <message>
        <source>Scores:</source>
        <translation>Оценки:</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>и</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Уменьшить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Показать карту целиком (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <source>As is</source>
        <translation>Как есть</translation>
    </message>
    <message>
        <source>Redesign</source>
        <translation>Редизайн</translation>
    </message>
    <message>
        <source>New from scratch</source>
        <translation>С нуля</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>no checks yet</source>
        <translation>проверок пока нет</translation>
    </message>
    <message>
        <source>with a person</source>
        <translation>с сотрудником</translation>
    </message>
    <message>
        <source>with the product</source>
        <translation>с продуктом</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>не выполнен критичный критерий</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Карты пути</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement (or create one) to see its customer journey maps.</source>
        <translation>Выберите проект (или создайте новый), чтобы увидеть его карты пути клиента.</translation>
    </message>
    <message>
        <source>No journey maps yet</source>
        <translation>Карт пути пока нет</translation>
    </message>
    <message>
        <source>A journey map lays out the stages a client goes through, the touchpoints in each, and where the client is sent next. Create one with New map.</source>
        <translation>Карта пути клиента показывает стадии, которые проходит клиент, точки контакта на каждой и куда клиента направляют дальше. Создайте её кнопкой «Новая карта».</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Оценки: %1</translation>
    </message>
    <message>
        <source>New journey map</source>
        <translation>Новая карта пути клиента</translation>
    </message>
    <message>
        <source>B2B journey map</source>
        <translation>Карта пути B2B-клиента</translation>
    </message>
    <message>
        <source>%1 — redesign</source>
        <translation>%1 — редизайн</translation>
    </message>
    <message>
        <source>Delete the map «%1» with all its stages and touchpoints? Undo brings it back.</source>
        <translation>Удалить карту «%1» со всеми стадиями и точками контакта? Отмена вернёт её.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n карта</numerusform>
            <numerusform>%n карты</numerusform>
            <numerusform>%n карт</numerusform>
        </translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>без сравнения</translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation>сегмент: %1</translation>
    </message>
    <message>
        <source>This map has no stages yet</source>
        <translation>На карте пока нет стадий</translation>
    </message>
    <message>
        <source>Add stages (awareness, search, purchase, experience, repeat) and their touchpoints to draw the journey.</source>
        <translation>Добавьте стадии (осознание потребности, поиск, покупка, пользовательский опыт, повторные взаимодействия) и их точки контакта, чтобы построить путь.</translation>
    </message>
</context>
<context>
    <name>NewCheckDialog</name>
    <message>
        <source>New check</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>— none: fill in below —</source>
        <translation>— нет: заполнить ниже —</translation>
    </message>
    <message>
        <source>%1 (own company)</source>
        <translation>%1 (своя компания)</translation>
    </message>
    <message>
        <source>Who does the check</source>
        <translation>Кто проводит проверку</translation>
    </message>
    <message>
        <source>e.g. a family looking for its first SUV</source>
        <translation>например, семья выбирает первый кроссовер</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>From assignment</source>
        <translation>По заданию</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>— no location —</source>
        <translation>— без точки —</translation>
    </message>
    <message>
        <source>Add the own company and its competitors first (Engagement).</source>
        <translation>Сначала добавьте свою компанию и конкурентов (Проект).</translation>
    </message>
    <message>
        <source>Make a checklist first (Checklists).</source>
        <translation>Сначала создайте чек-лист (Чек-листы).</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New checklist template</source>
        <translation>Новый шаблон чек-листа</translation>
    </message>
    <message>
        <source>e.g. Showroom visit</source>
        <translation>напр. Визит в шоурум</translation>
    </message>
    <message>
        <source>— no journey map —</source>
        <translation>— без карты пути —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта пути</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>OtherEvidenceList</name>
    <message>
        <source>Double-click to play or open</source>
        <translation>Двойной щелчок — воспроизвести или открыть</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Консультант: %1</translation>
    </message>
    <message>
        <source>Own company and competitors</source>
        <translation>Своя компания и конкуренты</translation>
    </message>
    <message>
        <source>No subjects yet</source>
        <translation>Компаний пока нет</translation>
    </message>
    <message>
        <source>Add the own company and its key competitors on the Engagement screen.</source>
        <translation>Добавьте свою компанию и ключевых конкурентов на экране «Проект».</translation>
    </message>
    <message>
        <source>Own company</source>
        <translation>Своя компания</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message numerus="yes">
        <source>%n critical failure(s)</source>
        <translation>
            <numerusform>%n критический сбой</numerusform>
            <numerusform>%n критических сбоя</numerusform>
            <numerusform>%n критических сбоев</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed critical criteria</source>
        <translation>Не выполнены критичные критерии</translation>
    </message>
    <message numerus="yes">
        <source>n = %n check(s)</source>
        <translation>
            <numerusform>n = %n проверка</numerusform>
            <numerusform>n = %n проверки</numerusform>
            <numerusform>n = %n проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), nothing scored yet</source>
        <translation>
            <numerusform>%n проверка, оценок пока нет</numerusform>
            <numerusform>%n проверки, оценок пока нет</numerusform>
            <numerusform>%n проверок, оценок пока нет</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>Проверок пока нет</translation>
    </message>
    <message>
        <source>Fieldwork coverage</source>
        <translation>Покрытие полевых работ</translation>
    </message>
    <message>
        <source>Nothing required yet</source>
        <translation>Требований пока нет</translation>
    </message>
    <message>
        <source>Set the required number of checks in a checklist (Checklists) to follow the fieldwork here.</source>
        <translation>Задайте необходимое количество проверок в чек-листе (экран «Чек-листы»), чтобы следить здесь за ходом полевых работ.</translation>
    </message>
    <message>
        <source>%1 of %2 required checks done</source>
        <translation>Выполнено %1 из %2 необходимых проверок</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still to do</source>
        <translation>
            <numerusform>Осталась %n проверка</numerusform>
            <numerusform>Осталось %n проверки</numerusform>
            <numerusform>Осталось %n проверок</numerusform>
        </translation>
    </message>
    <message>
        <source>The fieldwork is complete</source>
        <translation>Полевые работы завершены</translation>
    </message>
    <message>
        <source>own company</source>
        <translation>своя компания</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>все компании</translation>
    </message>
    <message>
        <source>Weakest touchpoints</source>
        <translation>Самые слабые точки контакта</translation>
    </message>
    <message>
        <source>Run a check from Checks: the touchpoints that score lowest will show here.</source>
        <translation>Проведите проверку на экране «Проверки» — здесь появятся точки контакта с самыми низкими оценками.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Weak spot</source>
        <translation>Слабое место</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Комфорт</translation>
    </message>
    <message>
        <source>Wow</source>
        <translation>Вау-эффект</translation>
    </message>
    <message>
        <source>Newest findings</source>
        <translation>Новые выводы</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings yet</source>
        <translation>Выводов пока нет</translation>
    </message>
    <message>
        <source>Record failures, strengths and best practices in Findings.</source>
        <translation>Фиксируйте сбои, сильные стороны и лучшие практики на экране «Выводы».</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открытое</numerusform>
            <numerusform>%n открытых</numerusform>
            <numerusform>%n открытых</numerusform>
        </translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Открытые мероприятия</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Открытых мероприятий нет</translation>
    </message>
    <message>
        <source>Plan what to change, with an owner and a due date, in Actions.</source>
        <translation>Запланируйте изменения — с ответственным и сроком — на экране «Мероприятия».</translation>
    </message>
    <message>
        <source>overdue · %1</source>
        <translation>просрочено · %1</translation>
    </message>
    <message>
        <source>No engagement yet</source>
        <translation>Проектов пока нет</translation>
    </message>
    <message>
        <source>An engagement is one audit of one client: its own company and competitors, journey maps, checklists, checks, findings and actions. Create one (Engagement → New engagement…) or open the sample engagement (File → Open the sample engagement…).</source>
        <translation>Проект — это один аудит одного клиента: его компания и конкуренты, карты пути клиента, чек-листы, проверки, выводы и мероприятия. Создайте проект (Проект → Новый проект…) или откройте демонстрационный (Файл → Открыть демонстрационный проект…).</translation>
    </message>
    <message>
        <source>Open the sample engagement</source>
        <translation>Открыть демонстрационный проект</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Новый проект…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the photo in the window</source>
        <translation>Вписать фото в окно</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Previous photo (←)</source>
        <translation>Предыдущее фото (←)</translation>
    </message>
    <message>
        <source>Next photo (→)</source>
        <translation>Следующее фото (→)</translation>
    </message>
    <message>
        <source>Zoom out (wheel)</source>
        <translation>Уменьшить (колесо мыши)</translation>
    </message>
    <message>
        <source>Zoom in (wheel)</source>
        <translation>Увеличить (колесо мыши)</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Пометить…</translation>
    </message>
    <message>
        <source>Draw arrows, frames and text, blur faces and car plates</source>
        <translation>Нарисовать стрелки, рамки и текст, размыть лица и номера машин</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>Cannot annotate the photo</source>
        <translation>Не удалось добавить пометки на фото</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>The photo carries no capture time.</source>
        <translation>В фото нет времени съёмки.</translation>
    </message>
    <message>
        <source>Taken far from the check&apos;s time: the camera clock may be wrong, or the photo is from another visit.</source>
        <translation>Снято далеко от времени проверки: возможно, часы камеры идут неверно или фото сделано при другом визите.</translation>
    </message>
    <message>
        <source>Taken far from the check&apos;s location (by its GPS position).</source>
        <translation>Снято далеко от места проверки (по координатам GPS).</translation>
    </message>
    <message>
        <source>Redacted: reports show the blurred copy, never the original.</source>
        <translation>Обезличено: в отчётах показывается размытая копия, а не оригинал.</translation>
    </message>
    <message>
        <source>of the original</source>
        <translation>оригинала</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Edit problem</source>
        <translation>Изменить проблему</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Новая проблема</translation>
    </message>
    <message>
        <source>e.g. Too few operators at peak hours</source>
        <translation>например, Не хватает операторов в часы пик</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The template was not imported</source>
        <translation>Шаблон не импортирован</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1. Fix the %n problem(s) below in the file and import it again.</source>
        <translation>
            <numerusform>Из %1 ничего не импортировано. Исправьте в файле %n ошибку ниже и импортируйте его снова.</numerusform>
            <numerusform>Из %1 ничего не импортировано. Исправьте в файле %n ошибки ниже и импортируйте его снова.</numerusform>
            <numerusform>Из %1 ничего не импортировано. Исправьте в файле %n ошибок ниже и импортируйте его снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Скопировать список</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select a card, a stage header or an arrow to see and edit it here.

Double-click in a stage to add a touchpoint; drag from a card&apos;s round handle to another card to connect them.</source>
        <translation>Выберите карточку, заголовок стадии или стрелку, чтобы увидеть и изменить их здесь.

Двойной щелчок в стадии добавляет точку контакта; протяните от круглой ручки карточки к другой карточке, чтобы соединить их.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <source>with a person</source>
        <translation>с человеком</translation>
    </message>
    <message>
        <source>with the product</source>
        <translation>с продуктом</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>A standard exists</source>
        <translation>Есть стандарт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Барьеры</translation>
    </message>
    <message>
        <source>A reason the client may be lost here</source>
        <translation>Причина, по которой здесь можно потерять клиента</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation>Добавить барьер</translation>
    </message>
    <message>
        <source>Remove barrier</source>
        <translation>Удалить барьер</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>направляют</translation>
    </message>
    <message>
        <source>goes by themselves</source>
        <translation>переходит сам</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>technical failure</source>
        <translation>технический сбой</translation>
    </message>
    <message>
        <source>staff action</source>
        <translation>действие персонала</translation>
    </message>
    <message>
        <source>staff inaction</source>
        <translation>бездействие персонала</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>Выбран %n элемент</numerusform>
            <numerusform>Выбрано %n элемента</numerusform>
            <numerusform>Выбрано %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Flow: %1 → %2</source>
        <translation>Переход: %1 → %2</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>it is on a read-only disk (a locked USB stick, a CD, a read-only shared folder)</source>
        <translation>он на диске только для чтения (флешка с защитой от записи, компакт-диск, общая папка только для чтения)</translation>
    </message>
    <message>
        <source>you have no permission to change the file</source>
        <translation>у вас нет прав на изменение файла</translation>
    </message>
    <message>
        <source>you have no permission to write in its folder</source>
        <translation>у вас нет прав на запись в его папку</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>в него нельзя записывать</translation>
    </message>
    <message>
        <source>The workspace {0} is read-only: {1}.

Nothing was changed. To edit it, save a copy where you can write (File → Save a copy…) and work in the copy.</source>
        <translation>Рабочий файл {0} открыт только для чтения: {1}.

Ничего не изменено. Чтобы вносить изменения, сохраните копию туда, где можно писать (Файл → Сохранить копию…), и работайте в копии.</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Рабочий файл только для чтения</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (копия)</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Сохранить копию рабочего файла</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; You can look at everything in this workspace but change nothing: {0}.</source>
        <translation>&lt;b&gt;Только чтение.&lt;/b&gt; В этом рабочем файле можно всё смотреть, но ничего нельзя менять: {0}.</translation>
    </message>
    <message>
        <source>Copy the workspace to a place where you can write, and open the copy to edit it</source>
        <translation>Скопировать рабочий файл туда, где можно писать, и открыть копию для изменений</translation>
    </message>
</context>
<context>
    <name>RefusedWorkspace</name>
    <message>
        <source>CX Desk</source>
        <translation>CX Desk</translation>
    </message>
    <message>
        <source>This workspace cannot be opened.</source>
        <translation>Этот рабочий файл не удаётся открыть.</translation>
    </message>
    <message>
        <source>The file was not changed. Open another workspace or create a new one.</source>
        <translation>Файл не изменён. Откройте другой рабочий файл или создайте новый.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Открыть рабочий файл…</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Новый рабочий файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Excel workbook (.xlsx) — for the analyst</source>
        <translation>Книга Excel (.xlsx) — для аналитика</translation>
    </message>
    <message>
        <source>PDF report (.pdf) — for the client</source>
        <translation>Отчёт PDF (.pdf) — для клиента</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Every photo of the engagement, not only those behind findings and failed criteria</source>
        <translation>Все фото проекта, а не только те, что подкрепляют выводы и невыполненные критерии</translation>
    </message>
    <message>
        <source>One report per location, into a folder</source>
        <translation>Отдельный отчёт по каждой локации, в папку</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Where to save the report</source>
        <translation>Куда сохранить отчёт</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>The Excel workbook holds every figure, answer and photo reference for the analyst; the PDF is the designed report for the client.</source>
        <translation>Книга Excel содержит для аналитика все цифры, ответы и ссылки на фото; PDF — оформленный отчёт для клиента.</translation>
    </message>
    <message>
        <source>No engagement open</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <source>Choose an engagement to export its reports.</source>
        <translation>Выберите проект, чтобы экспортировать его отчёты.</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translation>Для отчёта пока нет данных</translation>
    </message>
    <message>
        <source>Reports compare the own company with its competitors: add them on the Engagement screen, then run checks, and export the workbook or the PDF here.</source>
        <translation>Отчёты сравнивают свою компанию с конкурентами: добавьте их на экране «Проект», проведите проверки и экспортируйте здесь книгу Excel или PDF.</translation>
    </message>
    <message>
        <source> (own company)</source>
        <translation> (своя компания)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Scores by touchpoint</source>
        <translation>Оценки по точкам контакта</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Best practices</source>
        <translation>Лучшие практики</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Программа мероприятий</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Перечень доказательств</translation>
    </message>
    <message>
        <source>Feedback and NPS</source>
        <translation>Обратная связь и NPS</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <source>Results by stage</source>
        <translation>Результаты по стадиям</translation>
    </message>
    <message>
        <source>Comparison with competitors</source>
        <translation>Сравнение с конкурентами</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Голос клиента</translation>
    </message>
    <message>
        <source>Appendix: methodology and evidence index</source>
        <translation>Приложение: методика и перечень доказательств</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Папка для отчётов</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Choose at least one company and one section.</source>
        <translation>Выберите хотя бы одну компанию и один раздел.</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Выберите, куда его сохранить.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Отменено: ничего не сохранено.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>New response</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>Customer effort score: 1 = very hard … 7 = very easy</source>
        <translation>Индекс усилий клиента: 1 = очень трудно … 7 = очень легко</translation>
    </message>
    <message>
        <source>e.g. SMS, tablet, call</source>
        <translation>например, SMS, планшет, звонок</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Оценка (0–10)</translation>
    </message>
    <message>
        <source>CES (1–7)</source>
        <translation>CES (1–7)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup to restore. The workspace&apos;s current state is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Выберите резервную копию. Перед восстановлением текущее состояние рабочего файла сохраняется в отдельную копию, так что и само восстановление можно отменить из этого списка.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>Резервных копий этого рабочего файла пока нет.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Automatic, on opening</source>
        <translation>Автоматически, при открытии</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Вручную</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>How it was drawn</source>
        <translation>Способ формирования</translation>
    </message>
    <message>
        <source>Clients invited</source>
        <translation>Приглашено клиентов</translation>
    </message>
</context>
<context>
    <name>SampleOffer</name>
    <message>
        <source>Welcome to CX Desk</source>
        <translation>Добро пожаловать в CX Desk</translation>
    </message>
    <message>
        <source>This workspace has no engagement yet. Open the sample engagement to see a complete audit: a journey map, a checklist, checks of the own company and two competitors with photos, findings and an action plan. You can delete it at any time.</source>
        <translation>В этом рабочем файле пока нет проектов. Откройте демонстрационный проект, чтобы увидеть аудит целиком: карту пути клиента, чек-лист, проверки своей компании и двух конкурентов с фотографиями, выводы и программу мероприятий. Его можно удалить в любой момент.</translation>
    </message>
    <message>
        <source>Don&apos;t offer the sample again</source>
        <translation>Больше не предлагать демонстрационный проект</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Create an engagement…</source>
        <translation>Создать проект…</translation>
    </message>
    <message>
        <source>Open the sample engagement</source>
        <translation>Открыть демонстрационный проект</translation>
    </message>
    <message>
        <source>Building the sample engagement…</source>
        <translation>Создаётся демонстрационный проект…</translation>
    </message>
    <message>
        <source>The sample engagement could not be built: %1</source>
        <translation>Не удалось создать демонстрационный проект: %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Add segment</source>
        <translation>Добавить сегмент</translation>
    </message>
    <message>
        <source>e.g. Families buying their first car</source>
        <translation>например, Семьи, покупающие первый автомобиль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Engagement setup</source>
        <translation>Настройка проекта</translation>
    </message>
    <message>
        <source>No engagement yet</source>
        <translation>Проектов пока нет</translation>
    </message>
    <message>
        <source>Create one with Engagement → New engagement…, then set up its subjects, locations and segments here.</source>
        <translation>Создайте проект (Проект → Новый проект…), а затем настройте здесь компании, локации и сегменты клиентов.</translation>
    </message>
    <message>
        <source>Own company and competitors</source>
        <translation>Своя компания и конкуренты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Own company</source>
        <translation>Своя компания</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add the own company (the client) and its key competitors.</source>
        <translation>Добавьте свою компанию (клиента) и её ключевых конкурентов.</translation>
    </message>
    <message>
        <source>Client segments</source>
        <translation>Сегменты клиентов</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Segments are the groups of clients whose journeys are studied.</source>
        <translation>Сегменты — группы клиентов, чей путь исследуется.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Локации</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Showrooms, shops, websites and phone lines where checks are made.</source>
        <translation>Шоурумы, магазины, сайты и телефонные линии, где проводятся проверки.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>About the engagement</source>
        <translation>О проекте</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Fieldwork from</source>
        <translation>Полевые работы с</translation>
    </message>
    <message>
        <source>Fieldwork until</source>
        <translation>Полевые работы по</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Изменить проект</translation>
    </message>
    <message>
        <source>Add subject</source>
        <translation>Добавить компанию</translation>
    </message>
    <message>
        <source>Edit subject</source>
        <translation>Изменить компанию</translation>
    </message>
    <message>
        <source>Remove subject</source>
        <translation>Удалить компанию</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Добавить локацию</translation>
    </message>
    <message>
        <source>Edit location</source>
        <translation>Изменить локацию</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>Удалить локацию</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Добавить сегмент</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Изменить сегмент</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message numerus="yes">
        <source>Remove «%1» with its %n check(s) and their answers? You can undo this (Edit → Undo).</source>
        <translation>
            <numerusform>Удалить «%1» вместе с %n проверкой и её ответами? Это действие можно отменить (Правка → Отменить).</numerusform>
            <numerusform>Удалить «%1» вместе с %n проверками и их ответами? Это действие можно отменить (Правка → Отменить).</numerusform>
            <numerusform>Удалить «%1» вместе с %n проверками и их ответами? Это действие можно отменить (Правка → Отменить).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Карты пути</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Add subject</source>
        <translation>Добавить компанию</translation>
    </message>
    <message>
        <source>This is the own company (the client)</source>
        <translation>Это своя компания (клиент)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Edit tag</source>
        <translation>Изменить тег</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <source>e.g. wait, slow, queue</source>
        <translation>например, ожида, медлен, очеред</translation>
    </message>
    <message>
        <source>Comma-separated word stems: a comment containing any of them gets the tag when rules are applied.</source>
        <translation>Основы слов через запятую: комментарий, в котором есть любая из них, получает тег при применении правил.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Edit training</source>
        <translation>Изменить тренинг</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Новый тренинг</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <comment>bytes</comment>
        <translation>Б</translation>
    </message>
    <message>
        <source>KB</source>
        <comment>kilobytes</comment>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <comment>megabytes</comment>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <comment>gigabytes</comment>
        <translation>ГБ</translation>
    </message>
</context>
<context>
    <name>ViewStack</name>
    <message>
        <source>This screen is not available yet.</source>
        <translation>Этот экран пока недоступен.</translation>
    </message>
</context>
<context>
    <name>VoiceKit</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>New workspace</source>
        <translation>Новый рабочий файл</translation>
    </message>
    <message>
        <source>CX Desk workspace (*.cxd)</source>
        <translation>Рабочий файл CX Desk (*.cxd)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочий файл</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
</TS>
