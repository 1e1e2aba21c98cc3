#pragma once

#include "engine/tickets/SiteRules.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTimeEdit;

namespace fd {

// The input for one site rule, chosen by its kind: a spin box with the rule's range and unit, a time
// of day, a shift's start and end, or a day of the week. Its value is text as SiteRules::set takes it.
// Object name: the rule's key (the shift's two times: key + "Start" / "End").
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    RuleEditor(const SiteRules::Definition& definition, QWidget* parent = nullptr);

    [[nodiscard]] const SiteRules::Definition& definition() const { return m_definition; }
    [[nodiscard]] QString value() const;
    void setValue(const QString& value);
    // The widget a label's buddy and an error's focus go to.
    [[nodiscard]] QWidget* input() const;
    // The value in words for the page ("15 minutes", "Friday", "07:30–15:00").
    [[nodiscard]] static QString describe(const SiteRules::Definition& definition, const QString& value);

signals:
    void edited();

private:
    SiteRules::Definition m_definition;
    QSpinBox* m_number = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_time = nullptr;
    QTimeEdit* m_end = nullptr;
};

} // namespace fd
