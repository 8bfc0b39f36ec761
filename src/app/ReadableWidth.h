#pragma once

#include <QMargins>
#include <QObject>

class QWidget;

// Keeps a form at a readable measure however wide the window: the widget is at most a number of
// ems of its own font wide (so the measure follows larger fonts), centred by widening the side
// margins of its parent's layout, in which it stands alone across. Below the cap it fills the
// width as before.
class ReadableWidth : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableWidth)

public:
    // A column of labelled fields, a step of the wizard.
    static constexpr qreal kFormEms = 60;
    // A list beside its form (the settings).
    static constexpr qreal kPageEms = 90;

    // Caps `widget` at `ems` of its font and centres it in its parent's layout.
    static void install(QWidget *widget, qreal ems);
    // `ems` of the widget's font, in pixels.
    static int pixels(const QWidget *widget, qreal ems);
    ~ReadableWidth() override;

    // The capped widget and its cap in pixels now.
    QWidget *widget() const { return m_widget; }
    int maximum() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReadableWidth(QWidget *widget, qreal ems);
    void update();

    QWidget *m_widget;
    QWidget *m_parent;
    qreal m_ems;
    QMargins m_margins; // the parent layout's own
};
