#include "WrappedLabelHeight.h"

#include <QEvent>
#include <QLabel>

void WrappedLabelHeight::install(QLabel *label)
{
    Q_ASSERT(label && label->wordWrap());
    new WrappedLabelHeight(label);
}

WrappedLabelHeight::WrappedLabelHeight(QLabel *label)
    : QObject(label)
    , m_label(label)
{
    label->installEventFilter(this);
}

WrappedLabelHeight::~WrappedLabelHeight() = default;

void WrappedLabelHeight::update(QLabel *label)
{
    const int needed = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
    if (needed >= 0 && label->minimumHeight() != needed)
        label->setMinimumHeight(needed);
}

bool WrappedLabelHeight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange
            || event->type() == QEvent::Show))
        update(m_label);
    return QObject::eventFilter(watched, event);
}
