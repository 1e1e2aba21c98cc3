#pragma once

#include "engine/Session.h"
#include "modules/visitors/VisitorTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fd {

class Clock;
class VisitorService;

// The chosen unit's front-desk instructions in force now, shown where the clerk checks a visitor
// in: a "do not admit" one in red on top. Below them the clerk adds one (what the unit asked, its
// kind, until when) or ends the selected one. Instructions past their end are not shown.
class VisitorInstructionsWidget : public QWidget
{
    Q_OBJECT

public:
    VisitorInstructionsWidget(VisitorService& visitors, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows the unit's instructions in force now (0: none, the widget hides).
    void setUnit(qint64 unitId);
    void reload();
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] bool hasRefusal() const { return m_refusal; }

public slots:
    void addInstruction();
    void endSelected();

signals:
    void changed();

private:
    VisitorService& m_visitors;
    const Clock& m_clock;
    std::optional<Session> m_session;
    qint64 m_unitId = 0;
    bool m_refusal = false;
    QListWidget* m_list;
    QWidget* m_editor;
    QComboBox* m_kind;
    QLineEdit* m_text;
    QCheckBox* m_until;
    QDateTimeEdit* m_ends;
    QPushButton* m_add;
    QPushButton* m_end;
    QPushButton* m_toggle;
    FormErrors m_errors;
};

} // namespace fd
