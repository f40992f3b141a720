"""Words of the Excel workbook that the PDF does not use: sheet names and column headings, in
English and Russian. Anything else (statuses, kinds, areas…) comes from ``labels.TEXT``, shared
with the PDF report."""

from __future__ import annotations

from cxdesk.reports.labels import label

# key: (English, Russian). Sheet names stay within Excel's 31 characters, without []:*?/\.
XLSX_TEXT: dict[str, tuple[str, str]] = {
    # sheets -------------------------------------------------------------------------------
    "sheet_summary": ("Summary", "Сводка"),
    "sheet_scores": ("Scores by touchpoint", "Оценки по точкам контакта"),
    "sheet_coverage": ("Coverage", "Покрытие"),
    "sheet_checks": ("Checks", "Проверки"),
    "sheet_answers": ("Answers", "Ответы"),
    "sheet_findings": ("Findings", "Наблюдения"),
    "sheet_best_practices": ("Best practices", "Лучшие практики"),
    "sheet_actions": ("Actions", "План действий"),
    "sheet_evidence": ("Evidence index", "Реестр доказательств"),
    "sheet_nps": ("Feedback NPS", "Отзывы NPS"),
    "sheet_responses": ("Responses", "Ответы клиентов"),
    "sheet_incidents": ("Incidents", "Инциденты"),
    "sheet_problems": ("Problems", "Проблемы"),
    "sheet_employees": ("Employees", "Сотрудники"),
    "sheet_trainings": ("Trainings", "Обучение"),
    # summary ------------------------------------------------------------------------------
    "item": ("Item", "Показатель"),
    "value": ("Value", "Значение"),
    "period_start": ("Period from", "Период с"),
    "period_end": ("Period to", "Период по"),
    "subjects": ("Companies", "Компании"),
    "answers": ("Answers", "Ответы"),
    "generated": ("Workbook made on", "Файл сформирован"),
    "scores_table": ("Scores per company and stage (0–100; n = checks)",
                     "Оценки по компаниям и этапам (0–100; n — число проверок)"),
    "chart_title": ("Scores by stage", "Оценки по этапам"),
    "all_stages": ("All stages", "Все этапы"),
    "language_note": ("Scores are 0–100; n is the number of checks behind a figure.",
                      "Оценки от 0 до 100; n — число проверок за цифрой."),
    # tables -------------------------------------------------------------------------------
    "check": ("Check", "Проверка"),
    "started": ("Started", "Начало"),
    "finished": ("Finished", "Окончание"),
    "auditor": ("Auditor", "Проверяющий"),
    "scenario": ("Scenario", "Сценарий"),
    "answers_n": ("Answers", "Ответов"),
    "critical_failures": ("Critical failures", "Критичных сбоев"),
    "notes": ("Notes", "Примечания"),
    "section": ("Section", "Раздел"),
    "answer": ("Answer", "Ответ"),
    "na": ("N/A", "Н/П"),
    "critical": ("Critical", "Критичный"),
    "comment": ("Comment", "Комментарий"),
    "kind": ("Kind", "Вид"),
    "problem": ("Problem", "Проблема"),
    "photos": ("Photos", "Фото"),
    "created": ("Recorded", "Записано"),
    "completed": ("Completed", "Выполнено"),
    "overdue_col": ("Overdue", "Просрочено"),
    "findings_col": ("Findings", "Наблюдения"),
    "problems_col": ("Problems", "Проблемы"),
    "caption": ("Caption", "Подпись"),
    "size": ("Size, bytes", "Размер, байт"),
    "width": ("Width", "Ширина"),
    "height": ("Height", "Высота"),
    "camera": ("Camera", "Камера"),
    "in_finding": ("in a finding", "в наблюдении"),
    "score_n": ("n", "n"),
    "done_checks": ("Done", "Сделано"),
    "share": ("Share", "Доля"),
    "nps_value": ("NPS", "NPS"),
    "margin_col": ("Margin ±, 95 %", "Погрешность ±, 95 %"),
    "ces_mean": ("CES (mean 1–7)", "CES (среднее 1–7)"),
    "ces_n": ("CES n", "CES n"),
    "warnings": ("Warnings", "Предупреждения"),
    "no_subject": ("(no company)", "(без компании)"),
    "group": ("Group", "Группа"),
    "promoter": ("promoter", "промоутер"),
    "passive": ("passive", "нейтрал"),
    "detractor": ("detractor", "критик"),
    "polarity": ("Polarity", "Оценка"),
    "neutral": ("neutral", "нейтрально"),
    "amount": ("Amount", "Сумма"),
    "days_to_close": ("Days to close", "Дней до закрытия"),
    "locations": ("Locations", "Точки"),
    "code": ("Code", "Код"),
    "name": ("Name", "Имя"),
    "last_training": ("Last training", "Последнее обучение"),
    "truncated": ("… [truncated]", "… [обрезано]"),
    "draft": ("draft", "черновик"),
    "submitted": ("submitted", "сдана"),
    "approved": ("approved", "принята"),
    "returned": ("returned", "возвращена"),
    "subject_score": ("{0}", "{0}"),
    "subject_n": ("{0}: n", "{0}: n"),
    "subject_diff": ("{0} − {1}", "{0} − {1}"),
}


def xlsx_label(key: str, lang: str) -> str:
    """A workbook word in ``lang``: the workbook's own first, then the reports' shared ones."""
    pair = XLSX_TEXT.get(key)
    if pair is None:
        return label(key, lang)
    return pair[1] if lang == "ru" else pair[0]
