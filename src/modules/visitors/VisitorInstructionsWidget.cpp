#include "modules/visitors/VisitorInstructionsWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "modules/visitors/VisitorService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

VisitorInstructionsWidget::VisitorInstructionsWidget(VisitorService& visitors, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_visitors(visitors), m_clock(clock)
{
    setObjectName(u"visitorInstructions"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"visitorInstructionList"_s);
    m_list->setWordWrap(true);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list);

    auto* actions = new QHBoxLayout;
    m_toggle = new QPushButton(tr("New instruction…"), this);
    m_toggle->setObjectName(u"visitorInstructionNew"_s);
    m_toggle->setCheckable(true);
    m_end = new QPushButton(tr("End instruction"), this);
    m_end->setObjectName(u"visitorInstructionEnd"_s);
    actions->addWidget(m_toggle);
    actions->addWidget(m_end);
    actions->addStretch();
    layout->addLayout(actions);

    m_editor = new QWidget(this);
    auto* grid = new QGridLayout(m_editor);
    grid->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(m_editor);
    m_kind->setObjectName(u"visitorInstructionKind"_s);
    for (InstructionKind k : {InstructionKind::Note, InstructionKind::Admit, InstructionKind::Refuse})
        m_kind->addItem(VisitorService::instructionKindName(k), static_cast<int>(k));
    m_text = new QLineEdit(m_editor);
    m_text->setObjectName(u"visitorInstructionText"_s);
    m_text->setPlaceholderText(tr("What the unit asked the desk"));
    m_until = new QCheckBox(tr("Until"), m_editor);
    m_until->setObjectName(u"visitorInstructionUntil"_s);
    m_ends = new QDateTimeEdit(m_editor);
    m_ends->setObjectName(u"visitorInstructionEnds"_s);
    m_ends->setDisplayFormat(DateTimeText::dateTimeFormat());
    m_ends->setEnabled(false);
    m_add = new QPushButton(tr("Add"), m_editor);
    m_add->setObjectName(u"visitorInstructionAdd"_s);
    grid->addWidget(m_kind, 0, 0);
    grid->addWidget(m_text, 0, 1, 1, 3);
    grid->addWidget(m_until, 1, 0);
    grid->addWidget(m_ends, 1, 1);
    grid->addWidget(m_add, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->addWidget(m_errors.add(u"text"_s, m_text, u"visitorInstructionTextError"_s, m_editor), 2, 0, 1, 4);
    grid->addWidget(m_errors.add(u"ends"_s, m_ends, u"visitorInstructionEndsError"_s, m_editor), 3, 0, 1, 4);
    m_editor->hide();
    layout->addWidget(m_editor);
    QLabel* fallback = FormErrors::makeLabel(u"visitorInstructionError"_s, this);
    m_errors.setFallback(fallback);
    layout->addWidget(fallback);

    connect(m_toggle, &QPushButton::toggled, this, [this](bool on) {
        m_editor->setVisible(on);
        if (on) {
            m_ends->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).addDays(1));
            m_text->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_until, &QCheckBox::toggled, m_ends, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &VisitorInstructionsWidget::addInstruction);
    connect(m_text, &QLineEdit::returnPressed, this, &VisitorInstructionsWidget::addInstruction);
    connect(m_end, &QPushButton::clicked, this, &VisitorInstructionsWidget::endSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_end->setEnabled(row >= 0); });
    setUnit(0);
}

void VisitorInstructionsWidget::setSession(const Session& session)
{
    m_session = session;
}

void VisitorInstructionsWidget::setUnit(qint64 unitId)
{
    m_unitId = unitId;
    m_errors.clear();
    m_toggle->setChecked(false);
    setVisible(unitId != 0);
    reload();
}

void VisitorInstructionsWidget::reload()
{
    m_list->clear();
    m_refusal = false;
    if (m_unitId == 0)
        return;
    const qint64 now = m_clock.nowMs();
    auto found = m_visitors.instructionsInForce(m_unitId, now);
    const QList<UnitInstruction> list = found ? found.value() : QList<UnitInstruction>{};
    for (const UnitInstruction& i : list) {
        QString line = u"%1: %2"_s.arg(VisitorService::instructionKindName(i.kind), i.text);
        if (i.endsMs)
            line += u"  "_s + tr("(until %1)").arg(DateTimeText::shortDateTime(*i.endsMs));
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, i.id);
        if (i.kind == InstructionKind::Refuse) { // shown in red: the desk must not let them in
            m_refusal = true;
            item->setForeground(Qt::white);
            item->setBackground(QColor(0xc6, 0x28, 0x28));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else if (i.kind == InstructionKind::Admit) {
            item->setForeground(QColor(0x2e, 0x7d, 0x32));
        }
    }
    if (list.isEmpty())
        new QListWidgetItem(tr("No instructions from this unit."), m_list);
    m_list->setCurrentRow(-1);
    m_end->setEnabled(false);
}

void VisitorInstructionsWidget::addInstruction()
{
    if (!m_session || m_unitId == 0)
        return;
    NewInstruction n;
    n.unitId = m_unitId;
    n.text = m_text->text();
    n.kind = static_cast<InstructionKind>(m_kind->currentData().toInt());
    if (m_until->isChecked())
        n.endsMs = m_ends->dateTime().toMSecsSinceEpoch();
    auto added = m_visitors.addInstruction(*m_session, n);
    if (!added) {
        m_errors.show(added.error());
        return;
    }
    m_errors.clear();
    m_text->clear();
    m_until->setChecked(false);
    m_toggle->setChecked(false);
    reload();
    emit changed();
}

void VisitorInstructionsWidget::endSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!m_session || !item || !item->data(Qt::UserRole).isValid())
        return;
    auto ended = m_visitors.endInstruction(*m_session, item->data(Qt::UserRole).toLongLong());
    if (!ended) {
        m_errors.show(ended.error());
        return;
    }
    reload();
    emit changed();
}

} // namespace fd
